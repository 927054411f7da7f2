/**
 * custom-elements.json (written by `npm run analyze`, part of `npm run build`) documents every
 * element the library registers, with the attributes, events, CSS parts and custom properties its
 * source uses, so a missing JSDoc tag fails the tests instead of leaving a hole in the docs.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { validateCem } from '@wc-toolkit/cem-validator';
import { describe, it } from 'node:test';

interface Named {
  name: string;
  description?: string;
  type?: { text: string };
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  members?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const manifest: Manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));

/** Every `defineElement('tag', Class)` call in the entry files src/*.ts. */
const registered = readdirSync('src')
  .filter((file) => file.endsWith('.ts'))
  .flatMap((file) => [
    ...readFileSync(`src/${file}`, 'utf8').matchAll(/defineElement\(\s*'([a-z][a-z0-9-]*-[a-z0-9-]*)'\s*,\s*(\w+)\s*\)/g),
  ])
  .map(([, tag, className]) => ({ tag, className }));

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d) => d.tagName).map((declaration) => ({ module: module.path, declaration })),
);
const find = (tag: string) => {
  const found = elements.find((element) => element.declaration.tagName === tag);
  assert.ok(found, `<${tag}> is missing from custom-elements.json`);
  return found;
};
const names = (items?: Named[]) => (items ?? []).map((item) => item.name);
const unique = (values: string[]) => [...new Set(values)];

const expectIncludes = (tag: string, what: string, actual: Named[] | undefined, expected: string[]) => {
  for (const name of expected) {
    const item = actual?.find((entry) => entry.name === name);
    assert.ok(item, `<${tag}>: ${what} ${name} is not in custom-elements.json (missing JSDoc?)`);
    assert.ok(item.description?.trim(), `<${tag}>: ${what} ${name} has no description in its JSDoc`);
  }
};

describe('custom-elements.json', () => {
  it('is listed in package.json', () => {
    assert.equal(packageJson.customElements, 'custom-elements.json');
  });

  it('finds the registered elements in src/', () => {
    assert.ok(registered.length >= 9, `only ${registered.length} defineElement calls found in src/*.ts`);
  });

  for (const { tag, className } of registered) {
    describe(`<${tag}>`, () => {
      it('is a documented custom element', () => {
        const { declaration } = find(tag);
        assert.equal(declaration.name, className);
        assert.equal(declaration.customElement, true);
        assert.ok(declaration.summary?.trim(), `<${tag}> has no @summary`);
      });

      it('documents every attribute, event, part and custom property its source uses', () => {
        const { declaration } = find(tag);
        // The manifest names the shipped entry; the class is declared in src/elements/<tag>/.
        const module = `src/elements/${tag}/${tag}.ts`;
        const source = readFileSync(module, 'utf8');
        let styles = '';
        try {
          styles = readFileSync(module.replace(/\.ts$/, '.styles.ts'), 'utf8');
        } catch {
          // Elements without their own styles use the shared ones only.
        }

        // Attributes: every reactive property of the class that has one, plus the shared ones.
        const attributes = [...source.matchAll(/@property\(([^)]*)\)\s+(?:override\s+)?(\w+)/g)]
          .filter(([, options]) => !/attribute:\s*false/.test(options))
          .map(([, options, field]) => /attribute:\s*'([^']+)'/.exec(options)?.[1] ?? field.toLowerCase());
        expectIncludes(tag, 'attribute', declaration.attributes, unique([...attributes, 'theme', 'heading-level', 'src', 'timeout']));

        const events = [...source.matchAll(/this\.emit(?:<[^>]*>)?\(\s*'([^']+)'/g)].map(([, name]) => name);
        expectIncludes(tag, 'event', declaration.events, unique([...events, 'hub-error']));

        const parts = [...source.matchAll(/\bpart="([^"$]+)"/g)].flatMap(([, value]) => value.trim().split(/\s+/));
        expectIncludes(tag, 'CSS part', declaration.cssParts, unique([...parts, 'error', 'loading']));

        const cssProperties = [...styles.matchAll(/var\((--hub-[a-z0-9-]+)/g)].map(([, name]) => name);
        expectIncludes(tag, 'CSS custom property', declaration.cssProperties, unique(cssProperties));
      });
    });
  }

  it('documents the shared theme custom properties on <topic-hub>', () => {
    const theme = readFileSync('src/internal/theme.styles.ts', 'utf8');
    const used = unique([...theme.matchAll(/var\((--hub-[a-z0-9-]+)/g)].map(([, name]) => name));
    assert.ok(used.length > 0);
    expectIncludes('topic-hub', 'CSS custom property', find('topic-hub').declaration.cssProperties, used);
  });

  it('has the documented public API of the main elements', () => {
    const hub = find('topic-hub').declaration;
    expectIncludes('topic-hub', 'attribute', hub.attributes, ['hub', 'heading-level', 'theme']);
    expectIncludes('topic-hub', 'event', hub.events, ['hub-error']);
    expectIncludes('topic-hub', 'CSS custom property', hub.cssProperties, ['--hub-color-accent', '--hub-font-family']);
    expectIncludes('topic-hub', 'CSS part', hub.cssParts, ['hub', 'title', 'error']);

    const path = find('reading-path').declaration;
    expectIncludes('reading-path', 'attribute', path.attributes, ['hub', 'path', 'storage']);
    expectIncludes('reading-path', 'event', path.events, ['reading-progress']);

    const search = find('article-search').declaration;
    expectIncludes('article-search', 'attribute', search.attributes, ['hub', 'sync-url', 'limit', 'tags', 'shortcut']);
    expectIncludes('article-search', 'event', search.events, ['search-change', 'article-select']);
    // Its own property, and the theme's, which every element reads (documented once, on the base class).
    expectIncludes('article-search', 'CSS custom property', search.cssProperties, [
      '--hub-search-max-height',
      '--hub-color-accent',
      '--hub-color-border',
    ]);
  });

  it('passes @wc-toolkit/cem-validator with no errors (it throws on an error)', async () => {
    await validateCem(manifest, { packageJsonPath: 'package.json' });
  });

  it('names shipped modules only: each a built entry with its declarations beside it', () => {
    assert.ok(existsSync('dist/lib/index.js'), 'run npm run build first');
    for (const { path } of manifest.modules) {
      assert.match(path, /^dist\/lib\/[a-z-]+\.js$/);
      assert.ok(existsSync(path), `${path} is not built`);
      assert.ok(existsSync(path.replace(/\.js$/, '.d.ts')), `${path} has no declarations beside it`);
    }
  });

  for (const { tag } of registered) {
    it(`<${tag}>: only public members, union types spelt out, events with their detail type`, () => {
      const { declaration } = find(tag);
      for (const member of declaration.members ?? []) {
        assert.ok(!member.privacy || member.privacy === 'public', `${member.name} is ${member.privacy}`);
        assert.ok(!member.static, `static ${member.name} is not API for pages`);
      }
      for (const internal of ['dependencies', 'libraryVersion', 'source', 'assignedBundle', 'reportedFailure', 'failure', 'content']) {
        assert.ok(!names(declaration.members).includes(internal), `${internal} is internal`);
      }
      const theme = declaration.attributes?.find((attribute) => attribute.name === 'theme');
      assert.equal(theme?.type?.text, "'light' | 'dark' | 'auto'");
      for (const event of declaration.events ?? []) assert.match(event.type?.text ?? '', /^CustomEvent<[A-Z]\w+Detail>$/, event.name);
    });
  }
});
