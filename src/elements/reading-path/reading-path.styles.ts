import { css } from 'lit';
import { lineClamp } from '../../internal/line-clamp.styles.js';

/**
 * A path reads as a vertical track: each step a numbered circle joined to the next by a line; a read
 * step turns into a check on the success colour with a muted card, the next one is tinted and
 * labelled. Done, next and to-do differ in shape and text as well as colour (forced colours).
 */
export const readingPathStyles = css`
  :host {
    container-type: inline-size;
  }
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

  /*
   * Each step is a rail and a card. The rail holds the marker, the "Next" label and the read
   * toggle stacked, so no row of its own sits above the card; the steps share the rail's width
   * (a subgrid), so every card starts at the same place whatever the width of those words.
   */
  .steps {
    list-style: none;
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_space-s);
  }
  [part~='step'] {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
  }
  .rail {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-xs);
  }
  /* The line from one step to the next: it fills the rail below the toggle and crosses the gap. */
  [part~='step']:not(:last-child) .rail::after {
    content: '';
    flex: 1;
    inline-size: 2px;
    margin-block-end: calc(-1 * var(--_space-s));
    background: var(--_color-border-subtle);
  }
  [part~='done']:not(:last-child) .rail::after {
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
  [part~='next'] {
    padding: 0 var(--_space-xs);
    border-radius: var(--_radius-pill);
    background: var(--_color-accent);
    color: var(--_color-accent-contrast);
    font-size: var(--_font-size-xs);
    font-weight: var(--_font-weight-strong);
    letter-spacing: 0.02em;
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
  /* The box above its word: the pair is as narrow as the longer of the two. */
  [part~='read-toggle'] {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_space-2xs);
    padding: var(--_space-xs);
    border-radius: var(--_radius);
    font-size: var(--_font-size-xs);
    font-weight: var(--_font-weight-strong);
    cursor: pointer;
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
  /* Summaries at three lines in compact density, and on a phone whatever the density. */
  :host([density='compact']) article-card::part(summary) {
    ${lineClamp(3)}
  }
  @container (max-width: 36rem) {
    article-card::part(summary) {
      ${lineClamp(3)}
    }
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
