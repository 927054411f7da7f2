import { css } from 'lit';

/**
 * The design tokens, defined once (written down in docs/design.md). Every element reads the public
 * `--hub-*` properties through these private `--_*` ones, so a page sets a token once and every
 * element follows. `light-dark()` picks the value for the element's colour scheme: the page's
 * preference by default, or the one the `theme` attribute forces.
 *
 * Contrast of the defaults (checked by test/elements/design.test.ts): text and quiet text at least
 * 4.5:1 on every surface, `--hub-color-border` (the edge of controls: chips, fields, buttons) at
 * least 3:1 on the surfaces; `--hub-color-border-subtle` only separates and may be fainter.
 */
export const themeStyles = css`
  :host {
    color-scheme: light dark;

    /* Colour roles. */
    --_color-text: var(--hub-color-text, light-dark(#1b1f24, #e6e9ee));
    --_color-text-quiet: var(--hub-color-text-quiet, light-dark(#57606a, #a3acb7));
    --_color-surface: var(--hub-color-surface, light-dark(#ffffff, #14171c));
    --_color-surface-raised: var(--hub-color-surface-raised, light-dark(#f4f6f8, #1d2229));
    --_color-surface-accent: var(--hub-color-surface-accent, light-dark(#eaf1fd, #132a47));
    /* A page that set the one border colour of earlier versions keeps it for every border. */
    --_color-border: var(--hub-color-border, light-dark(#7b8590, #7a8490));
    --_color-border-subtle: var(--hub-color-border-subtle, var(--hub-color-border, light-dark(#d8dee4, #30363d)));
    --_color-accent: var(--hub-color-accent, light-dark(#0a59c7, #6cb1ff));
    --_color-accent-contrast: var(--hub-color-accent-contrast, light-dark(#ffffff, #0d1117));
    --_color-badge: var(--hub-color-badge, light-dark(#8a5300, #f2c46d));
    --_color-badge-surface: var(--hub-color-badge-surface, light-dark(#fff4dc, #3a2c0c));
    --_color-success: var(--hub-color-success, light-dark(#1a7f37, #5fcf7a));
    --_color-danger: var(--hub-color-danger, light-dark(#b3261e, #ff8a80));
    --_color-danger-surface: var(--hub-color-danger-surface, light-dark(#fdecea, #3b1513));
    --_color-focus: var(--hub-color-focus, var(--_color-accent));

    /* Type: sizes in em, so the elements follow the size of the text around them. */
    --_font-family: var(--hub-font-family, inherit);
    --_font-size-xs: var(--hub-font-size-xs, 0.8125em);
    --_font-size-s: var(--hub-font-size-s, 0.875em);
    --_font-size-m: var(--hub-font-size-m, 1em);
    --_font-size-l: var(--hub-font-size-l, 1.125em);
    --_font-size-xl: var(--hub-font-size-xl, 1.375em);
    --_font-size-2xl: var(--hub-font-size-2xl, 1.75em);
    --_line-height: var(--hub-line-height, 1.55);
    --_line-height-tight: var(--hub-line-height-tight, 1.25);
    --_font-weight-heading: var(--hub-font-weight-heading, 700);
    --_font-weight-strong: var(--hub-font-weight-strong, 600);

    /* Space, radii, focus, shadows. */
    --_space-2xs: var(--hub-space-2xs, 0.125rem);
    --_space-xs: var(--hub-space-xs, 0.25rem);
    --_space-s: var(--hub-space-s, 0.5rem);
    --_space-m: var(--hub-space-m, 1rem);
    --_space-l: var(--hub-space-l, 1.5rem);
    --_space-xl: var(--hub-space-xl, 2rem);
    --_space-2xl: var(--hub-space-2xl, 3rem);
    --_radius-s: var(--hub-radius-s, 0.25rem);
    --_radius: var(--hub-radius, 0.5rem);
    --_radius-l: var(--hub-radius-l, 0.75rem);
    --_radius-pill: var(--hub-radius-pill, 999px);
    --_focus-width: var(--hub-focus-width, 2px);
    --_focus-offset: var(--hub-focus-offset, 2px);
    --_shadow-s: var(--hub-shadow-s, 0 1px 2px light-dark(rgb(31 35 40 / 0.08), rgb(0 0 0 / 0.4)));
    --_shadow-m: var(
      --hub-shadow-m,
      0 4px 12px light-dark(rgb(31 35 40 / 0.12), rgb(0 0 0 / 0.5)),
      0 1px 3px light-dark(rgb(31 35 40 / 0.08), rgb(0 0 0 / 0.4))
    );

    /*
     * Density scales the padding inside cards and rows (1 comfortable, below 1 compact). An
     * element alone pads its own surface; inside <topic-hub> the hub sets --_nested-* so its
     * sections add no padding of their own and a phone keeps a wide text column.
     */
    --_density: var(--hub-density, 1);
    --_pad-card: calc(var(--_space-m) * var(--_density));
    --_host-padding: var(--_nested-padding, var(--hub-padding, clamp(var(--_space-m), 4vw, var(--_space-l))));
    --_host-border: var(--_nested-border, 1px solid var(--_color-border-subtle));
    --_host-radius: var(--_nested-radius, var(--_radius-l));

    display: block;
    box-sizing: border-box;
    padding: var(--_host-padding);
    border: var(--_host-border);
    border-radius: var(--_host-radius);
    font-family: var(--_font-family);
    font-size: var(--_font-size-m);
    line-height: var(--_line-height);
    color: var(--_color-text);
    /* Each element paints its own surface, so its text reads on any page in either scheme. */
    background: var(--_color-surface);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([density='compact']) {
    --_density: 0.625;
  }
  /* Two rules: a browser without :state() drops a whole selector list, and [hidden] must still hide. */
  :host([hidden]) {
    display: none;
  }
  :host(:state(empty)) {
    display: none;
  }
  :host(:state(failed)) {
    padding: 0;
    border: 0;
    background: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Headings look the same in any font: sizes, weights and spacing are set, not the browser's. */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    margin: 0;
    font-family: inherit;
    font-size: var(--_font-size-l);
    font-weight: var(--_font-weight-heading);
    line-height: var(--_line-height-tight);
    letter-spacing: -0.01em;
    text-wrap: balance;
    color: var(--_color-text);
  }
  p {
    margin: 0;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
  }

  /* Links: the accent colour, underlined on hover and in running text, where colour alone is not enough. */
  a {
    color: var(--_color-accent);
    text-decoration: none;
    text-underline-offset: 0.2em;
    text-decoration-thickness: 1px;
    border-radius: var(--_radius-s);
  }
  a:hover {
    text-decoration: underline;
  }
  .prose a,
  [part~='intro'] a {
    text-decoration: underline;
    text-decoration-color: color-mix(in srgb, currentColor 45%, transparent);
  }
  .prose a:hover,
  [part~='intro'] a:hover {
    text-decoration-color: currentColor;
    text-decoration-thickness: 2px;
  }

  :focus-visible {
    outline: var(--_focus-width) solid var(--_color-focus);
    outline-offset: var(--_focus-offset);
  }

  /* A plain secondary button, for "Show all" and the like. */
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2.25rem;
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_color-surface-raised);
    border-color: var(--_color-accent);
  }

  /* The box of the shadow content (for its lang) takes no part in the layout. */
  .ui-language {
    display: contents;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* States: loading, empty, error. Each a quiet box of its own, never the browser's plain text. */
  .loading {
    /* Some room for the content to come, so the page moves less when it arrives. */
    min-block-size: 8rem;
    display: grid;
    align-content: start;
    gap: var(--_space-s);
    color: var(--_color-text-quiet);
    font-size: var(--_font-size-s);
  }
  .loading-label {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid var(--_color-border-subtle);
    border-block-start-color: var(--_color-accent);
    border-radius: 50%;
    animation: hub-spin 0.8s linear infinite;
  }
  .skeleton {
    display: grid;
    gap: var(--_space-s);
  }
  .skeleton span {
    display: block;
    block-size: 0.875rem;
    border-radius: var(--_radius-s);
    background: var(--_color-surface-raised);
  }
  .skeleton span:first-child {
    block-size: 1.25rem;
    inline-size: 45%;
  }
  .skeleton span:last-child {
    inline-size: 70%;
  }
  @keyframes hub-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .empty {
    display: grid;
    justify-items: center;
    gap: var(--_space-xs);
    padding: var(--_space-l) var(--_space-m);
    border: 1px dashed var(--_color-border-subtle);
    border-radius: var(--_radius);
    color: var(--_color-text-quiet);
    text-align: center;
  }
  .empty strong {
    color: var(--_color-text);
    font-weight: var(--_font-weight-strong);
  }
  .error {
    display: flex;
    align-items: start;
    gap: var(--_space-s);
    padding: var(--_pad-card);
    border: 1px solid var(--_color-danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    color: var(--_color-text);
    background: var(--_color-danger-surface);
  }
  .error strong {
    color: var(--_color-danger);
    font-weight: var(--_font-weight-strong);
  }
  /* Drawn in CSS, not SVG: the templates create only the few HTML tags the security tests audit. */
  .state-icon {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 1.3em;
    block-size: 1.3em;
    margin-block-start: 0.1em;
    border: 2px solid var(--_color-danger);
    border-radius: 50%;
    color: var(--_color-danger);
    font-size: 0.9em;
    font-weight: 700;
    line-height: 1;
  }
  .state-icon::before {
    /* Without alt text for generated content (Firefox < 128, Safari < 17.4) the first declaration stays. */
    content: '!';
    content: '!' / '';
  }

  @media (forced-colors: active) {
    .error {
      border-color: CanvasText;
    }
    .skeleton span {
      border: 1px solid GrayText;
    }
  }
`;
