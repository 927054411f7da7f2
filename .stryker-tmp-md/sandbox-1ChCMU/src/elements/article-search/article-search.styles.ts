// @ts-nocheck
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
  [part~='input'] {
    font: inherit;
    inline-size: 100%;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  [part~='input']:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 1px;
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
    gap: var(--_space-xs);
    max-block-size: var(--hub-search-max-height, 28rem);
    overflow-y: auto;
  }
  [part~='option'] {
    display: grid;
    gap: 2px;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    cursor: pointer;
  }
  [part~='option'][aria-selected='true'] {
    border-color: var(--_color-accent);
    outline: 2px solid var(--_color-focus);
    outline-offset: -1px;
    background: var(--_color-surface-raised);
  }
  .option-title {
    font-weight: 600;
  }
  .option-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    font-size: 0.875em;
    color: var(--_color-text-quiet);
  }
  [part~='badge'] {
    color: var(--_color-badge);
    font-weight: 600;
  }
  mark {
    background: light-dark(#fff1a8, #5c4b00);
    color: inherit;
    border-radius: 2px;
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
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
