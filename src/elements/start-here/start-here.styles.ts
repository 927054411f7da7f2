import { css } from 'lit';
import { lineClamp } from '../../internal/line-clamp.styles.js';

/**
 * A compact numbered list rather than a stack of boxed cards: each entry's card drawn flat (no box
 * of its own), its number in a circle at the start of the title's first line, its reason below;
 * a hairline between entries. The text keeps the whole width, which on a phone is most of the gain.
 */
export const startHereStyles = css`
  :host {
    container-type: inline-size;
  }
  [part~='list'] {
    list-style: none;
    display: grid;
    gap: var(--_space-m);
    counter-reset: entry;
  }
  [part~='item'] {
    counter-increment: entry;
    position: relative;
    display: grid;
    gap: var(--_space-xs);
  }
  [part~='item'] + [part~='item'] {
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_color-border-subtle);
  }
  /* The number is the list's own (the ol says it to screen readers): the drawn one is silent. */
  [part~='item']::before {
    /* Without alt text for generated content (Firefox < 128, Safari < 17.4) the first declaration stays. */
    content: counter(entry);
    content: counter(entry) / '';
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    display: grid;
    place-items: center;
    inline-size: 1.625em;
    block-size: 1.625em;
    border-radius: 50%;
    background: var(--_color-surface-accent);
    color: var(--_color-accent);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    font-variant-numeric: tabular-nums;
    line-height: 1;
  }
  [part~='item'] + [part~='item']::before {
    inset-block-start: var(--_space-m);
  }
  article-card::part(card) {
    padding: 0;
    border: 0;
    border-radius: 0;
    box-shadow: none;
  }
  /* Room for the number on the title's first line (the circle is 1.625 × 0.875em wide). */
  article-card::part(title) {
    text-indent: 1.875em;
    text-wrap: pretty;
  }
  [part~='reason'] {
    color: var(--_color-text-quiet);
  }
  /*
   * A phone: entries and the lines of each closer, as in the References' rows; the summary and the reason at three lines each. A reason may hold a link: while focus
   * is inside it, the reason shows whole, so a focused link is never in a hidden line.
   */
  @container (max-width: 36rem) {
    [part~='list'] {
      gap: var(--_space-s);
    }
    [part~='item'] + [part~='item'] {
      padding-block-start: var(--_space-s);
    }
    [part~='item'] + [part~='item']::before {
      inset-block-start: var(--_space-s);
    }
    article-card::part(card) {
      gap: var(--_space-xs);
    }
    article-card::part(summary),
    [part~='reason']:not(:focus-within) {
      ${lineClamp(3)}
    }
  }
  @media (forced-colors: active) {
    [part~='item']::before {
      border: 1px solid CanvasText;
    }
  }
`;
