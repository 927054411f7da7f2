// @ts-nocheck
import { css } from 'lit';

export const readingPathStyles = css`
  .steps {
    list-style: decimal;
    padding-inline-start: var(--_space-l);
  }
  .steps > li::marker {
    font-weight: 700;
    color: var(--_color-text-quiet);
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }
  [part~='progress'] {
    accent-color: var(--_color-accent);
    inline-size: min(12rem, 100%);
  }
  [part~='read-toggle'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    margin-block-start: var(--_space-xs);
    cursor: pointer;
  }
  [part~='read-toggle'] input {
    accent-color: var(--_color-accent);
    inline-size: 1.1em;
    block-size: 1.1em;
  }
  [part~='next'] {
    font-weight: 700;
    color: var(--_color-accent);
  }
`;
