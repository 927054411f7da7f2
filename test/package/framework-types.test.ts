/**
 * The framework types as an app gets them from the packed tarball: a React 19 + TypeScript project
 * and a Vue 3 project checked by vue-tsc with `strictTemplates`, each writing the one documented
 * line (`import type {} from 'topic-hub-elements/types/<framework>'`). A correct file type-checks;
 * a misspelt tag, a misspelt attribute, a value outside `theme`'s union and a wrong field of an
 * event's detail each give their own error, so the types are real rather than `any`.
 *
 *   npm run build && node --import tsx --test test/package/framework-types.test.ts
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exec, installProject, packPackage, type PackedPackage } from './packed-package.js';

/** One project holds both apps (one install); each framework's checker reads only its own files. */
let packed: PackedPackage;
let project: string;
before(async () => {
  packed = await packPackage('topic-hub-framework-types-');
  project = await installProject(packed, 'apps', [
    'typescript@5.9.3',
    'react@19.3.1',
    '@types/react@19.3.0',
    'vue@3.5.45',
    'vue-tsc@3.3.14',
  ]);
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(project, name), text)));
});
after(() => packed?.remove());

const compilerOptions = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  strict: true,
  noEmit: true,
  lib: ['ES2022', 'DOM'],
  types: [],
};

const files: Record<string, string> = {
  'tsconfig.react.json': JSON.stringify({ compilerOptions: { ...compilerOptions, jsx: 'react-jsx' }, include: ['*.tsx'] }),
  'tsconfig.vue.json': JSON.stringify({
    compilerOptions: { ...compilerOptions, jsx: 'preserve' },
    vueCompilerOptions: { strictTemplates: true },
    include: ['*.vue', 'env.d.ts'],
  }),
  'App.tsx': `import type {} from 'topic-hub-elements/types/react';
import type { ContentBundle, TopicHub } from 'topic-hub-elements';
import { useRef } from 'react';

export function App({ bundle }: { bundle: ContentBundle }) {
  const hub = useRef<TopicHub>(null);
  return (
    <>
      <topic-hub ref={hub} hub="x" theme="dark" className="hub" onhub-error={(event) => console.log(event.detail.code, event.detail.src)} />
      <reading-path hub="x" path="p" bundle={bundle} heading-level={3} onreading-progress={(event) => event.detail.readArticles.join()} />
      <article-search sync-url limit={5} onarticle-select={(event) => event.detail.article.title} />
    </>
  );
}
`,
  'Misspelt.tsx': `import type {} from 'topic-hub-elements/types/react';
export const tag = <topic-hubb hub="x" />;
export const attribute = <topic-hub hubb="x" />;
export const theme = <topic-hub theme="Theme" />;
export const detail = <topic-hub onhub-error={(event) => event.detail.nope} />;
`,
  'env.d.ts': `import type {} from 'topic-hub-elements/types/vue';\n`,
  'App.vue': `<script setup lang="ts">
import type { ContentBundle, HubErrorDetail } from 'topic-hub-elements';
defineProps<{ bundle: ContentBundle }>();
const onError = (event: CustomEvent<HubErrorDetail>) => console.log(event.detail.code);
</script>
<template>
  <topic-hub hub="x" theme="dark" @hub-error="onError" />
  <reading-path hub="x" path="p" :bundle="bundle" :heading-level="3" @reading-progress="(event) => event.detail.readArticles.join()" />
  <article-search sync-url :limit="5" @article-select="(event) => event.detail.article.title" />
</template>
`,
  'Misspelt.vue': `<script setup lang="ts"></script>
<template>
  <topic-hubb hub="x" />
  <topic-hub hubb="x" />
  <topic-hub theme="Theme" />
  <topic-hub @hub-error="(event) => event.detail.nope" />
</template>
`,
};

/** Runs a type checker over one framework's files; resolves with its error lines (none when it passed). */
async function typeCheck(command: string, tsconfig: string) {
  try {
    await exec('npx', ['--no-install', command, '-p', tsconfig], { cwd: project });
    return [];
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return `${stdout}${stderr}`.split('\n').filter((line) => line.includes('error TS'));
  }
}

describe('React 19 JSX types (topic-hub-elements/types/react)', () => {
  it('type-checks the elements with attributes, a bundle object, a ref and typed events; rejects a misspelt tag, a misspelt attribute, a theme outside its union and an unknown detail field', async () => {
    const errors = await typeCheck('tsc', 'tsconfig.react.json');
    assert.deepEqual(
      errors.filter((line) => line.startsWith('App.tsx')),
      [],
      'the correct file has no errors',
    );
    const misspelt = errors.filter((line) => line.startsWith('Misspelt.tsx'));
    assert.match(misspelt[0] ?? '', /^Misspelt\.tsx\(2,.*'topic-hubb' does not exist on type 'JSX\.IntrinsicElements'/);
    assert.match(misspelt[1] ?? '', /^Misspelt\.tsx\(3,.*'\{ hubb: string; \}' is not assignable/);
    assert.match(misspelt[2] ?? '', /^Misspelt\.tsx\(4,.*'"Theme"' is not assignable/);
    assert.match(misspelt[3] ?? '', /^Misspelt\.tsx\(5,.*'nope' does not exist on type 'HubErrorDetail'/);
    assert.equal(errors.length, 4, errors.join('\n'));
  });
});

describe('Vue 3 GlobalComponents types (topic-hub-elements/types/vue)', () => {
  it('type-checks the elements under strictTemplates, with kebab-case attributes and typed events; rejects a misspelt tag, a misspelt attribute, a theme outside its union and an unknown detail field', async () => {
    const errors = await typeCheck('vue-tsc', 'tsconfig.vue.json');
    assert.deepEqual(
      errors.filter((line) => line.startsWith('App.vue')),
      [],
      'the correct file has no errors',
    );
    const misspelt = errors.filter((line) => line.startsWith('Misspelt.vue'));
    assert.match(misspelt[0] ?? '', /^Misspelt\.vue\(3,.*'topic-hubb' does not exist/);
    assert.match(misspelt[1] ?? '', /^Misspelt\.vue\(4,.*'hubb' does not exist/);
    assert.match(misspelt[2] ?? '', /^Misspelt\.vue\(5,.*'"Theme"' is not assignable/);
    assert.match(misspelt[3] ?? '', /^Misspelt\.vue\(6,.*'nope' does not exist on type 'HubErrorDetail'/);
    assert.equal(errors.length, 4, errors.join('\n'));
  });
});
