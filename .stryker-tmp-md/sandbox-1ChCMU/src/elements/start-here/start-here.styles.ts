// @ts-nocheck
import { css } from 'lit';

export const startHereStyles = css`
  [part~='reason'] {
    margin-block-start: var(--_space-xs);
    color: var(--_color-text-quiet);
  }
`;
