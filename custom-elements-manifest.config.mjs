/**
 * Config of @custom-elements-manifest/analyzer (`npm run analyze`, the last step of `npm run build`):
 * reads the elements' JSDoc (@summary, @fires with the detail type, @csspart, @cssprop, @slot) and
 * Lit properties into `custom-elements.json`, then generates from that one manifest every typed view
 * of the elements the package ships: JSX types for React 19, Vue's `GlobalComponents`, VS Code's
 * HTML custom data and JetBrains' web-types. Storybook's docs pages read the manifest too.
 */
import { posix, resolve } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

/** Where the built package keeps an entry `src/<name>.ts`: its JS and, beside it, its declarations. */
const shippedPath = (sourcePath) => sourcePath.replace(/^src\/(.+)\.ts$/, 'dist/lib/$1.js');
/** The entries of the package: src/<name>.ts, one per element plus index.ts (see vite.config.ts). */
const isEntry = (sourcePath) => /^src\/[^/]+\.ts$/.test(sourcePath);
/** The generated framework types live in dist/types/ and import the classes and event details from the package root. */
const typesOutdir = 'dist/types';
const packageRootTypes = `./${posix.relative(typesOutdir, shippedPath('src/index.ts'))}`;

/**
 * The library registers its tags with `defineElement('tag', Class)` (src/<tag>.ts), not with
 * `customElements.define`: record each such call as a custom-element definition, so the analyzer
 * links the tag name to the class declared in src/elements/.
 */
function defineElementCallsPlugin() {
  return {
    name: 'topic-hub:define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tagArg, classArg] = node.arguments;
      if (!tagArg || !classArg || !ts.isStringLiteral(tagArg) || !ts.isIdentifier(classArg)) return;
      const className = classArg.text;
      let module = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement)) continue;
        const named = statement.importClause?.namedBindings;
        if (!named || !ts.isNamedImports(named) || !named.elements.some((element) => element.name.text === className)) continue;
        const specifier = statement.moduleSpecifier.text;
        module = posix.join(posix.dirname(moduleDoc.path), specifier).replace(/\.js$/, '.ts');
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tagArg.text, declaration: { name: className, module } },
      ];
    },
  };
}

/**
 * The manifest describes the package as an app imports it, not the source tree: the modules are
 * the shipped entries (`dist/lib/<tag>.js`, declarations beside them), each holding the class it
 * exports and registers, with only the public members (no private, protected or `@internal` ones,
 * no links to internal base classes). Anything the entries do not export is left out.
 */
function publicApiPlugin() {
  const isPublicMember = (member) => !member.privacy || member.privacy === 'public';
  /** Inherited members keep their docs; the internal base class they came from is not named. */
  const withoutInternalOrigin = ({ inheritedFrom: _internalBase, ...item }) => item;

  return {
    name: 'topic-hub:public-api',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) declarations.set(`${module.path}#${declaration.name}`, declaration);
      }
      /** The class an element entry imports and re-exports is declared in src/elements/, under the same name. */
      const findDeclaration = (name, module, reexported) =>
        declarations.get(`${module}#${name}`) ??
        (reexported
          ? [...declarations].find(([key, declaration]) => key.endsWith(`#${name}`) && declaration.customElement)?.[1]
          : undefined);

      const publicDeclaration = (declaration) => {
        if (!declaration.customElement) return declaration;
        return {
          ...declaration,
          // The chain of internal base classes ends at Lit's element.
          superclass: { name: 'LitElement', package: 'lit' },
          members: declaration.members?.filter(isPublicMember).map(withoutInternalOrigin),
          attributes: declaration.attributes?.map(withoutInternalOrigin),
          events: declaration.events?.map(withoutInternalOrigin),
          cssParts: declaration.cssParts?.map(withoutInternalOrigin),
          cssProperties: declaration.cssProperties?.map(withoutInternalOrigin),
          slots: declaration.slots?.map(withoutInternalOrigin),
        };
      };

      const entries = customElementsManifest.modules.filter((module) => isEntry(module.path));
      const shipped = entries.map((module) => {
        const path = shippedPath(module.path);
        const moduleDeclarations = [];
        const exports = [];
        for (const entry of module.exports ?? []) {
          const source = entry.declaration.module?.startsWith('.')
            ? posix.join(posix.dirname(module.path), entry.declaration.module).replace(/\.js$/, '.ts')
            : (entry.declaration.module ?? module.path);
          if (isEntry(source) && source !== module.path) {
            // A re-export of another entry (index.ts): that entry holds the declaration.
            exports.push({ ...entry, declaration: { name: entry.declaration.name, module: shippedPath(source) } });
            continue;
          }
          const declaration = findDeclaration(entry.declaration.name, source, source === module.path);
          if (!declaration) {
            // A type-only export (an event's detail type): the declarations beside the entry export it.
            exports.push({ ...entry, declaration: { name: entry.declaration.name, module: path } });
            continue;
          }
          if (!moduleDeclarations.some((known) => known.name === declaration.name)) moduleDeclarations.push(publicDeclaration(declaration));
          exports.push({ ...entry, declaration: { name: entry.declaration.name, module: path } });
        }
        return { ...module, path, declarations: moduleDeclarations, exports };
      });
      customElementsManifest.modules = shipped;
    },
  };
}

/**
 * JSX types for React 19. React 19 sets an `on<name>` prop of a custom element as a listener for
 * the event `<name>` exactly as spelt (`onhub-error`), which is what the generator writes. Its
 * `ref` type, shared by every JSX framework, takes an element or a callback but not the
 * `{ current }` object that React's `useRef` returns: widen that one line (and fail the build if
 * a new version of the generator no longer writes it).
 */
function reactTypesPlugin(options) {
  const narrowRef = 'ref?: (T | ((e: T) => void)) | undefined;';
  return {
    name: 'topic-hub:react-types',
    packageLinkPhase({ customElementsManifest }) {
      generateJsxTypes(customElementsManifest, { hideLogs: true, ...options });
      const file = posix.join(options.outdir, options.fileName);
      const types = readFileSync(file, 'utf8');
      if (!types.includes(narrowRef))
        throw new Error(`${file}: the generated ref type changed; check the React ref widening in ${import.meta.url}`);
      writeFileSync(file, types.replace(narrowRef, 'ref?: T | ((e: T | null) => void) | { current: T | null } | null | undefined;'));
    },
  };
}

/**
 * Vue's `GlobalComponents`. Vue's template checker (vue-tsc) looks a prop up by its camelCase name
 * (`heading-level` as `headingLevel`, `@hub-error` as `onHubError`) and so does Vue's runtime
 * (it sets `el.headingLevel`, listens to `hub-error`), while the generator writes the names as
 * given: give it those names. It also wraps an event's type in `CustomEvent<…>` itself and
 * imports it by name once per element (a detail type shared by two elements would be imported
 * twice): give it each detail type as the entry of the library's global event map, which needs
 * no import.
 */
function vueTypesPlugin(options) {
  const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
  return {
    name: 'topic-hub:vue-types',
    packageLinkPhase({ customElementsManifest }) {
      const vueNames = structuredClone(customElementsManifest);
      for (const declaration of vueNames.modules.flatMap((module) => module.declarations ?? [])) {
        for (const attribute of declaration.attributes ?? []) attribute.name = camelCase(attribute.name);
        for (const event of declaration.events ?? []) {
          if (/^CustomEvent<.+>$/.test(event.type?.text ?? ''))
            event.type = { text: `GlobalEventHandlersEventMap['${event.name}']['detail']` };
          const name = camelCase(event.name);
          event.name = name[0].toUpperCase() + name.slice(1);
        }
      }
      generateVuejsTypes(vueNames, { hideLogs: true, ...options });
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // src/ssr.ts runs in Node (built into dist/cli/), and defines no element of its own; src/drop-in.ts
  // is the entry of the drop-in file only (the package root with Lit's hydrate support before it).
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.d.ts',
    'src/content/default-bundle.*',
    'src/ssr.ts',
    'src/drop-in.ts',
    'dist/**',
    'storybook-static/**',
    'node_modules/**',
  ],
  outdir: '.',
  litelement: true,
  // The type parser needs TypeScript's checker to expand aliases such as `Theme`.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.build.json');
    const analyzed = new Set(globs.map((glob) => resolve(glob)));
    return program.getSourceFiles().filter((file) => analyzed.has(resolve(file.fileName)));
  },
  plugins: [
    defineElementCallsPlugin(),
    // Writes the expanded type (`'light' | 'dark' | 'auto'`, not `Theme`) where every tool reads it.
    typeParserPlugin({ propertyName: 'type' }),
    publicApiPlugin(),
    reactTypesPlugin({ outdir: typesOutdir, fileName: 'react.d.ts', globalTypePath: packageRootTypes, stronglyTypedEvents: true }),
    vueTypesPlugin({ outdir: typesOutdir, fileName: 'vue.d.ts', globalTypePath: packageRootTypes }),
    customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json' }),
  ],
};
