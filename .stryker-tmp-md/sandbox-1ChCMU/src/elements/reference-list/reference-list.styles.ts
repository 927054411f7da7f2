// @ts-nocheck
import { css } from 'lit';

export const referenceListStyles = css`
  [part~='filter'] summary {
    cursor: pointer;
    color: var(--_color-text-quiet);
  }
  [part~='tag-filters'] {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    margin-block-start: var(--_space-s);
  }
`;
