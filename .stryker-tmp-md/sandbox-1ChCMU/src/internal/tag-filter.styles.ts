// @ts-nocheck
import { css } from 'lit';

/** The tag filter buttons of the search and the reference list: one look for both. */
export const tagFilterStyles = css`
  [part~='tag-filter'] {
    font: inherit;
    font-size: 0.875em;
    padding: 0 var(--_space-s);
    border-radius: 999px;
    border: 1px solid var(--_color-border);
    background: var(--_color-surface-raised);
    color: var(--_color-text);
    cursor: pointer;
  }
  [part~='tag-filter'][aria-pressed='true'] {
    background: var(--_color-accent);
    border-color: var(--_color-accent);
    color: var(--_color-accent-contrast);
  }
`;
