// Assembles the static site in dist/: the page, its stylesheet and the package's drop-in file.
// `topic-hub build` (the step before this one in `npm run build`) has written dist/hubs/.
import { copyFile, cp, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

await mkdir('dist', { recursive: true });
await copyFile('index.html', 'dist/index.html');
await copyFile('page.css', 'dist/page.css');
// The package exports its drop-in file as `topic-hub-elements/drop-in.js` (dist/topic-hub.js inside it).
const dropIn = fileURLToPath(import.meta.resolve('topic-hub-elements/drop-in.js'));
await copyFile(dropIn, 'dist/topic-hub.js');
// Its search worker, beside it: it searches hubs whose index is a file of their own (what `topic-hub build` writes).
await cp(new URL('assets/', import.meta.resolve('topic-hub-elements/drop-in.js')), 'dist/assets', { recursive: true });
console.log('dist/: index.html, page.css, topic-hub.js, assets/ (the search worker), hubs/frontend-guild/');
