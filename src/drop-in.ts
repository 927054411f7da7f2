/**
 * The entry of the drop-in file `dist/topic-hub.js`: every element, as the package root, with Lit's
 * hydrate support first. Pages written by the server render (`topic-hub export --script`,
 * `topic-hub-elements/ssr`) load this file, and Lit reads the hook once, when it loads, to hydrate
 * their declarative shadow roots instead of rendering the content again. The npm entries leave it
 * out (about 2 KB gzip that only server-rendered pages use): an app that renders on the server
 * imports it itself, before the elements and before Lit (README, "Render on the server").
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './index.js';
