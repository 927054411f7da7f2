import { css } from 'lit';

/**
 * Each failure mode a row of its own: a warning icon, the mode in the text's own weight, and the
 * articles that address it below as a quieter "Read:" line. Two columns where there is room.
 */
export const failureModeListStyles = css`
  :host {
    container-type: inline-size;
  }
  .modes {
    list-style: none;
    display: grid;
    gap: var(--_space-s);
  }
  @container (min-width: 40rem) {
    .modes {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  [part~='failure-mode'] {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    /* Beside a taller neighbour, the extra height goes below the "Read:" line, not into its gap. */
    align-content: start;
    gap: var(--_space-2xs) var(--_space-s);
    padding: calc(var(--_space-s) * var(--_density) + var(--_space-xs)) var(--_pad-card);
    border: 1px solid var(--_color-border-subtle);
    border-inline-start: 4px solid var(--_color-badge);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  /* A warning sign drawn in CSS (no SVG: the templates create only the tags the security audit allows). */
  .icon {
    display: grid;
    place-items: end center;
    inline-size: 1.25em;
    block-size: 1.1em;
    margin-block-start: 0.15em;
    background: var(--_color-badge);
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
    color: var(--_color-surface);
    font-weight: var(--_font-weight-strong);
    line-height: 1;
  }
  .icon::before {
    content: '!';
    font-size: 0.7em;
    padding-block-end: 0.1em;
  }
  @media (forced-colors: active) {
    .icon {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
  .text {
    font-weight: var(--_font-weight-strong);
  }
  [part~='related'] {
    grid-column: 2;
    font-size: var(--_font-size-s);
    color: var(--_color-text-quiet);
  }
  [part~='related'] ul {
    display: inline;
    list-style: none;
  }
  [part~='related'] li {
    display: inline;
  }
  [part~='related'] li + li::before {
    content: ' · ';
  }
  [part~='related'] a {
    text-decoration: underline;
    text-decoration-color: color-mix(in srgb, currentColor 45%, transparent);
  }
  @media (forced-colors: active) {
    [part~='failure-mode'] {
      border-color: CanvasText;
    }
  }
  /* A phone: less padding inside each row, so the text keeps more of the width and rows are shorter. */
  @container (max-width: 24rem) {
    [part~='failure-mode'] {
      padding: var(--_space-s);
    }
  }
`;
