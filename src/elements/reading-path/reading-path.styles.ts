import { css } from 'lit';

/**
 * A path reads as a vertical track: each step a numbered circle joined to the next by a line; a read
 * step turns into a check on the success colour with a muted card, the next one is tinted and
 * labelled. Done, next and to-do differ in shape and text as well as colour (forced colours).
 */
export const readingPathStyles = css`
  .status {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    font-size: var(--_font-size-s);
  }
  [part~='progress'] {
    grid-column: 1 / -1;
    appearance: none;
    inline-size: 100%;
    block-size: 0.5rem;
    border: 0;
    border-radius: var(--_radius-pill);
    overflow: hidden;
    background: var(--_color-surface-raised);
    box-shadow: inset 0 0 0 1px var(--_color-border-subtle);
    color: var(--_color-accent);
  }
  [part~='progress']::-webkit-progress-bar {
    background: transparent;
  }
  [part~='progress']::-webkit-progress-value {
    background: var(--_color-accent);
    border-radius: var(--_radius-pill);
  }
  [part~='progress']::-moz-progress-bar {
    background: var(--_color-accent);
    border-radius: var(--_radius-pill);
  }
  .count {
    font-weight: var(--_font-weight-strong);
    font-variant-numeric: tabular-nums;
  }
  .status .quiet {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .complete {
    color: var(--_color-success);
    font-weight: var(--_font-weight-strong);
  }

  .steps {
    list-style: none;
    display: grid;
    gap: var(--_space-s);
  }
  [part~='step'] {
    position: relative;
    display: grid;
    grid-template-columns: 2rem 1fr;
    gap: var(--_space-s);
  }
  /* The line from one marker to the next. */
  [part~='step']:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-block: 2rem calc(-1 * var(--_space-s));
    inset-inline-start: calc(1rem - 1px);
    inline-size: 2px;
    background: var(--_color-border-subtle);
  }
  [part~='done']:not(:last-child)::before {
    background: var(--_color-success);
  }
  [part~='marker'] {
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    border: 2px solid var(--_color-border);
    border-radius: 50%;
    background: var(--_color-surface);
    color: var(--_color-text-quiet);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    font-variant-numeric: tabular-nums;
  }
  [part~='done'] [part~='marker'] {
    border-color: var(--_color-success);
    background: var(--_color-success);
    color: var(--_color-surface);
  }
  [part~='current'] [part~='marker'] {
    border-color: var(--_color-accent);
    color: var(--_color-accent);
    box-shadow: 0 0 0 3px var(--_color-surface-accent);
  }
  .step-body {
    display: grid;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }
  /* "Next" on the left, the toggle on the right: one row, the two words well apart. */
  .step-top {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: 2rem;
  }
  [part~='next'] {
    padding: 0 var(--_space-s);
    border-radius: var(--_radius-pill);
    background: var(--_color-accent);
    color: var(--_color-accent-contrast);
    font-size: var(--_font-size-xs);
    font-weight: var(--_font-weight-strong);
    letter-spacing: 0.04em;
    text-transform: uppercase;
    line-height: 1.6;
  }
  [part~='current'] article-card::part(card) {
    border-color: var(--_color-accent);
    background: var(--_color-surface-accent);
  }
  /* Read: the card steps back (flat, no shadow, quiet summary) but stays legible. */
  [part~='done'] article-card::part(card) {
    background: var(--_color-surface-raised);
    box-shadow: none;
    border-style: dashed;
  }
  [part~='done'] article-card::part(summary) {
    color: var(--_color-text-quiet);
  }
  [part~='read-toggle'] {
    margin-inline-start: auto;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2rem;
    padding-inline: var(--_space-xs) var(--_space-s);
    border-radius: var(--_radius);
    font-size: var(--_font-size-s);
    font-weight: var(--_font-weight-strong);
    cursor: pointer;
  }
  :host([density='compact']) article-card::part(summary) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  [part~='read-toggle']:hover {
    background: var(--_color-surface-raised);
  }
  [part~='read-toggle'] input {
    accent-color: var(--_color-success);
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
  }
  [part~='done'] [part~='read-toggle'] {
    color: var(--_color-success);
  }
  @media (forced-colors: active) {
    [part~='done'] [part~='marker'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    [part~='next'] {
      border: 1px solid CanvasText;
    }
  }
`;
