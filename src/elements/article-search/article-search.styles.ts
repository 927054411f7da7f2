import { css } from 'lit';

export const articleSearchStyles = css`
  .search {
    position: relative;
    display: grid;
    gap: var(--_space-s);
  }
  label {
    font-weight: 600;
  }
  .field {
    position: relative;
    display: flex;
    align-items: center;
  }
  [part~='input'] {
    font: inherit;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding-block: var(--_space-s);
    /* Room for the clear button at the end of the line, on the right or, right to left, on the left. */
    padding-inline: var(--_space-m) 2.75rem;
    /* The quiet text colour, not the card border: a field's edge needs 3:1 (WCAG 1.4.11). */
    border: 1px solid var(--_color-text-quiet);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  [part~='input']::placeholder {
    color: var(--_color-text-quiet);
    opacity: 1;
  }
  [part~='input']:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 1px;
    border-color: var(--_color-focus);
  }
  [part~='clear'] {
    position: absolute;
    inset-inline-end: var(--_space-xs);
    display: grid;
    place-items: center;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_color-text-quiet);
    font: inherit;
    font-size: 1.25em;
    line-height: 1;
    cursor: pointer;
  }
  [part~='clear']:hover {
    color: var(--_color-text);
    background: var(--_color-surface-raised);
  }
  kbd {
    font: inherit;
    font-size: 0.8125em;
    padding: 0 0.35em;
    border: 1px solid var(--_color-text-quiet);
    border-block-end-width: 2px;
    border-radius: 0.25rem;
    background: var(--_color-surface-raised);
    color: var(--_color-text);
    white-space: nowrap;
  }
  .shortcut-key {
    position: absolute;
    inset-inline-end: var(--_space-m);
    pointer-events: none;
  }
  [part~='input']:focus + .shortcut-key {
    display: none;
  }
  [part~='shortcut'],
  [part~='count'],
  [part~='hint'] {
    margin: 0;
    font-size: 0.875em;
    color: var(--_color-text-quiet);
  }
  [part~='shortcut-toggle'] {
    font: inherit;
    padding: 0;
    margin-inline-start: var(--_space-xs);
    border: 0;
    background: none;
    color: var(--_color-accent);
    text-decoration: underline;
    cursor: pointer;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-xs) var(--_space-m);
  }
  [part~='count'] {
    font-weight: 600;
    color: var(--_color-text);
  }
  [part~='tag-filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }
  [part~='listbox'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
    max-block-size: var(--hub-search-max-height, 28rem);
    overflow-y: auto;
  }
  /* Results look like the article cards: a surface with a border, the title in the link colour. */
  [part~='option'] {
    display: grid;
    gap: var(--_space-xs);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    cursor: pointer;
  }
  [part~='option']:hover {
    background: var(--_color-surface-raised);
  }
  [part~='option'][aria-selected='true'] {
    border-color: var(--_color-accent);
    outline: 2px solid var(--_color-focus);
    outline-offset: -1px;
    background: var(--_color-surface-raised);
  }
  .option-title {
    font-weight: 600;
    color: var(--_color-accent);
    line-height: 1.3;
  }
  .option-summary {
    color: var(--_color-text);
  }
  .option-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
    font-size: 0.8125em;
    color: var(--_color-text-quiet);
  }
  [part~='badge'] {
    padding: 0 var(--_space-s);
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_color-badge);
    font-weight: 600;
  }
  mark {
    background: light-dark(#fff1a8, #5c4b00);
    /* The body colour even in the (accent-coloured) title: the accent is too light on the dark mark. */
    color: var(--_color-text);
    border-radius: 2px;
  }
  [part~='empty'] {
    margin: 0;
    padding: var(--_space-m);
    border: 1px dashed var(--_color-text-quiet);
    border-radius: var(--_radius);
    color: var(--_color-text);
  }
  [part~='suggestion'] {
    font: inherit;
    color: var(--_color-accent);
    background: none;
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius);
    padding: 0 var(--_space-s);
    cursor: pointer;
  }
`;
