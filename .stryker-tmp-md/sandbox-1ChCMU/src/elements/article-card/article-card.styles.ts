// @ts-nocheck
import { css } from 'lit';

export const articleCardStyles = css`
  article {
    display: grid;
    gap: var(--_space-xs);
    padding: var(--_space-m);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  [part~='title'] {
    font-size: 1.05em;
    margin: 0;
  }
  [part~='summary'] {
    margin: 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    font-size: 0.875em;
    color: var(--_color-text-quiet);
  }
  [part~='tags'] {
    display: contents;
    list-style: none;
  }
  [part~='tag'] {
    /* Not list-item: list markers count across shadow roots, and tags would shift a parent list's numbers. */
    display: inline-block;
    padding: 0 var(--_space-s);
    border-radius: 999px;
    background: var(--_color-surface-raised);
    border: 1px solid var(--_color-border);
  }
  [part~='badge'] {
    padding: 0 var(--_space-s);
    border-radius: 999px;
    border: 1px solid currentColor;
    color: var(--_color-badge);
    font-weight: 600;
  }
`;
