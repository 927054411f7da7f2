// ESLint (flat config), run by `npm run lint` inside `npm test`. Formatting is Prettier's job:
// eslint-config-prettier, last, turns off every rule that would fight it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { configs as lit } from 'eslint-plugin-lit';
import { configs as wc } from 'eslint-plugin-wc';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Our elements extend these rather than LitElement directly; both plugins must know they are Lit elements.
const elementBaseClasses = ['LitElement', 'BundleElement', 'HubElement'];

export default defineConfig(
  globalIgnores([
    'dist/',
    'storybook-static/',
    'coverage/',
    'custom-elements.json',
    'src/content/default-bundle.js',
    'test/fixtures/',
    'demo/hubs/',
    'bench/results.json',
    'bench/.cache/',
    // What the example apps build (each example's .gitignore lists them too).
    'examples/*/dist/',
    'examples/*/src/hub/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  wc['flat/recommended'],
  wc['flat/best-practice'],
  lit['flat/recommended'],
  {
    settings: {
      wc: { elementBaseClasses },
      lit: { elementBaseClasses },
    },
    // The build, CLI, bench and configs run in Node; tests and the bench also drive a browser page.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // LitElement defines every lifecycle callback, so `super.connectedCallback()` and friends always
      // exist on our elements; the guard this rule asks for is for classes extending a bare HTMLElement.
      'wc/guard-super-call': 'off',
      // As tsc's noUnusedParameters: a leading underscore marks a parameter an override must accept but does
      // not read (`willUpdate(_changed)`, which subclasses call with an argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // What ships runs in the page only: no Node globals there.
    files: ['src/**', 'stories/**', '.storybook/preview.ts', 'examples/*/src/**'],
    languageOptions: { globals: globals.browser },
  },
  prettier,
);
