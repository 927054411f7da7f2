/**
 * Config of @custom-elements-manifest/analyzer (`npm run analyze`): reads the elements' JSDoc
 * (@summary, @fires, @csspart, @cssprop, @slot) and Lit properties into `custom-elements.json`,
 * which Storybook's docs pages and editors read.
 */
// @ts-nocheck

import { posix } from 'node:path';

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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'src/content/default-bundle.*', 'dist/**', 'storybook-static/**', 'node_modules/**'],
  outdir: '.',
  litelement: true,
  plugins: [defineElementCallsPlugin()],
};
