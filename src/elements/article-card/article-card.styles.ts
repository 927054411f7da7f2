import { css } from 'lit';

export const articleCardStyles = css`
  :host {
    /* The card is its own surface: the host adds no padding or border around it. */
    padding: 0;
    border: 0;
    background: none;
    container-type: inline-size;
  }
  article {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_pad-card);
    border: 1px solid var(--_color-border-subtle);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    box-shadow: var(--_shadow-s);
  }
  /* Compact: title, summary and meta line closer; the line height still parts them. */
  :host([density='compact']) article {
    gap: var(--_space-xs);
  }
  article:has([part~='title-link']:hover) {
    border-color: var(--_color-border);
  }
  [part~='title'] {
    font-size: var(--_font-size-l);
    overflow-wrap: anywhere;
  }
  [part~='title-link'] {
    color: var(--_color-accent);
  }
  [part~='summary'] {
    color: var(--_color-text);
    max-inline-size: 70ch;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    font-size: var(--_font-size-s);
    color: var(--_color-text-quiet);
  }
  [part~='tags'] {
    display: contents;
    list-style: none;
  }
  /* Tags are labels, not controls: no border, no pill, no pointer, so they do not look pressable. */
  [part~='tag'] {
    /* Not list-item: list markers count across shadow roots, and tags would shift a parent list's numbers. */
    display: inline-block;
    padding: 0 var(--_space-xs);
    border-radius: var(--_radius-s);
    background: var(--_color-surface-raised);
    color: var(--_color-text-quiet);
    line-height: 1.6;
  }
  [part~='badge'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2xs);
    padding: 0 var(--_space-s);
    border: 1px solid currentColor;
    border-radius: var(--_radius-pill);
    background: var(--_color-badge-surface);
    color: var(--_color-badge);
    font-weight: var(--_font-weight-strong);
    letter-spacing: 0.02em;
    line-height: 1.6;
  }
  [part~='badge']::before {
    /* Without alt text for generated content (Firefox < 128, Safari < 17.4) the first declaration stays. */
    content: '★';
    content: '★' / '';
  }
  [part~='date'] {
    font-variant-numeric: tabular-nums;
  }
  @container (max-width: 24rem) {
    article {
      padding: calc(var(--_pad-card) * 0.75);
    }
    [part~='title'] {
      font-size: var(--_font-size-m);
    }
  }
  @media (forced-colors: active) {
    [part~='tag'] {
      border: 1px solid GrayText;
    }
  }
`;
