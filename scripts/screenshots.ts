/**
 * Screenshots for the docs: the demo intranet page (demo/index.html, full page) in light, dark and
 * on a 390 px phone, and each element alone (the scenes of the visual tests, light, 1024 px), into
 * docs/screenshots/. Prints the first hub's rendered height on desktop (1280 px) and phone (390 px).
 * Fails when the demo logs a console error other than the one its mistyped hub id is there to show,
 * a Content-Security-Policy violation among them.
 *
 *   npm run screenshots     builds the drop-in file and the Platform demo hub first
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serveFolder } from '../test/package/browser.js';
import { heightOf, launchForPixels, openView, settle, shootElement, type View } from '../test/visual/capture.js';
import { scenes } from '../test/visual/scenes.js';

const out = resolve('docs/screenshots');
for (const needed of ['dist/topic-hub.js', 'demo/hubs/platform/bundle.json']) {
  if (!existsSync(needed)) throw new Error(`${needed} is missing: run \`npm run build && npm run build:demo\` first`);
}
const demoViews: View[] = [
  { name: 'light', width: 1280, scheme: 'light' },
  { name: 'dark', width: 1280, scheme: 'dark' },
  { name: 'phone', width: 390, scheme: 'light' },
];
/** The demo's deliberate error: `<topic-hub hub="tecnical-leadership">` reports its unknown hub. */
const expectedError = /tecnical-leadership/;

await mkdir(out, { recursive: true });
const server = await serveFolder(resolve('.'));
const browser = await launchForPixels();
const problems: string[] = [];
const heights: Record<string, number> = {};
try {
  for (const view of demoViews) {
    const page = await openView(browser, view, view.width === 390 ? 844 : 900);
    page.on('console', (message) => {
      if ((message.type() === 'error' || message.type() === 'warn') && !expectedError.test(message.text())) {
        problems.push(`${view.name}: console.${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`${view.name}: uncaught: ${(error as Error).message}`));
    page.on('requestfailed', (request) => problems.push(`${view.name}: request failed: ${request.url()}`));
    await page.goto(`${server.origin}/demo/index.html`, { waitUntil: 'load' });
    // The Platform hub arrives by fetch: wait for its title, past its loading state.
    await page.waitForFunction(() => document.querySelector('topic-hub[src]')?.shadowRoot?.querySelector('[part~="title"]'), {
      timeout: 30_000,
    });
    await settle(page);
    heights[view.name] = await heightOf(page, 'topic-hub');
    const file = join(out, `demo.${view.name}.png`);
    await writeFile(file, await page.screenshot({ type: 'png', fullPage: true, captureBeyondViewport: true }));
    console.log(`${file}  (page ${await page.evaluate(() => document.documentElement.scrollHeight)} px tall)`);
    await page.close();
  }
  for (const scene of scenes) {
    const page = await openView(browser, { name: 'element', width: 1024, scheme: 'light' });
    await page.goto(`${server.origin}/test/visual/page.html`, { waitUntil: 'load' });
    await page.$eval('#scene', (main, html) => (main.innerHTML = html), scene.html);
    await settle(page, scene.ready);
    const file = join(out, `${scene.name}.png`);
    await writeFile(file, await shootElement(page, '#scene'));
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`\nThe demo's first <topic-hub>: ${heights.light} px tall at 1280 px, ${heights.phone} px at 390 px.`);
if (problems.length) {
  console.error(`\nThe demo page logged problems:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
}
