// @ts-nocheck
import { css } from 'lit';

/**
 * The design tokens, defined once. Every element reads the public `--hub-*` properties through
 * these private `--_*` ones, so a page sets a token once and every element follows.
 * `light-dark()` picks the value for the element's colour scheme: the page's preference by
 * default, or the one the `theme` attribute forces.
 */
export const themeStyles = css`
  :host {
    color-scheme: light dark;
    --_font-family: var(--hub-font-family, inherit);
    --_color-text: var(--hub-color-text, light-dark(#1f2328, #e6e8eb));
    --_color-text-quiet: var(--hub-color-text-quiet, light-dark(#59636e, #a7b0ba));
    --_color-surface: var(--hub-color-surface, light-dark(#ffffff, #16191d));
    --_color-surface-raised: var(--hub-color-surface-raised, light-dark(#f6f8fa, #20252b));
    --_color-border: var(--hub-color-border, light-dark(#d1d9e0, #3d444d));
    --_color-accent: var(--hub-color-accent, light-dark(#0a59c7, #6cb1ff));
    --_color-accent-contrast: var(--hub-color-accent-contrast, light-dark(#ffffff, #0d1117));
    --_color-badge: var(--hub-color-badge, light-dark(#7a4a00, #f2c46d));
    --_color-danger: var(--hub-color-danger, light-dark(#b3261e, #ff8a80));
    --_color-focus: var(--hub-color-focus, var(--_color-accent));
    --_radius: var(--hub-radius, 0.5rem);
    --_space-xs: var(--hub-space-xs, 0.25rem);
    --_space-s: var(--hub-space-s, 0.5rem);
    --_space-m: var(--hub-space-m, 1rem);
    --_space-l: var(--hub-space-l, 1.5rem);

    display: block;
    font-family: var(--_font-family);
    color: var(--_color-text);
    /* Each element paints its own surface, so its text reads on any page in either scheme. */
    background: var(--_color-surface);
    line-height: 1.5;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 var(--_space-s);
    line-height: 1.25;
  }
  a {
    color: var(--_color-accent);
  }
  :focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
  }
  .loading {
    /* Some room for the content to come, so the page moves less when it arrives. */
    min-height: 8rem;
    padding: var(--_space-m);
    color: var(--_color-text-quiet);
  }
  .error {
    border: 1px solid var(--_color-danger);
    border-radius: var(--_radius);
    padding: var(--_space-m);
    color: var(--_color-text);
    background: var(--_color-surface);
  }
  .error strong {
    color: var(--_color-danger);
  }
`;
