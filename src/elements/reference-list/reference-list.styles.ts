import { css } from 'lit';
import { lineClamp } from '../../internal/line-clamp.styles.js';

export const referenceListStyles = css`
  :host {
    container-type: inline-size;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-xs) var(--_space-m);
  }
  [part~='count'] {
    color: var(--_color-text-quiet);
    font-size: var(--_font-size-s);
  }
  .filters {
    display: grid;
    gap: var(--_space-xs);
  }
  .filter-label {
    color: var(--_color-text-quiet);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
  }
  [part~='tag-filters'] {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }
  .tag-count {
    font-variant-numeric: tabular-nums;
  }
  /* "More tags" is not a filter: a text button, so it does not read as one more chip. */
  [part~='more-tags'] {
    min-block-size: 2rem;
    padding: var(--_space-2xs) var(--_space-s);
    border: 0;
    border-radius: var(--_radius-pill);
    background: none;
    color: var(--_color-accent);
    font: inherit;
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  [part~='more-tags']:hover {
    background: var(--_color-surface-accent);
  }
  [part~='list'] > li:focus-visible {
    border-radius: var(--_radius);
  }
  :host([density='compact']) [part~='list'] {
    gap: var(--_space-s);
  }
  /* Compact: two lines of summary; the whole of it stays in the card for assistive tech and search. */
  :host([density='compact']) article-card::part(summary) {
    ${lineClamp(2)}
  }
  [part~='show-all'] {
    justify-self: start;
  }
  /*
   * A phone: the cards become rows of one list, a hairline between them, rather than boxes inside
   * the element's box, so the text keeps the width and each row loses a box's padding.
   */
  @container (max-width: 36rem) {
    [part~='list'],
    :host([density='compact']) [part~='list'] {
      gap: 0;
    }
    [part~='list'] > li + li {
      border-block-start: 1px solid var(--_color-border-subtle);
    }
    article-card::part(card) {
      padding: var(--_space-m) 0;
      border: 0;
      border-radius: 0;
      box-shadow: none;
    }
    :host([density='compact']) article-card::part(card) {
      padding-block: var(--_space-s);
    }
  }
`;
