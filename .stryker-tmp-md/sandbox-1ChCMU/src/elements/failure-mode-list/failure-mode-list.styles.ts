// @ts-nocheck
import { css } from 'lit';

export const failureModeListStyles = css`
  [part~='failure-mode'] {
    display: grid;
    gap: var(--_space-xs);
  }
  [part~='related'] {
    font-size: 0.9em;
    color: var(--_color-text-quiet);
  }
  [part~='related'] ul {
    display: inline;
    list-style: none;
  }
  [part~='related'] li {
    display: inline;
  }
  [part~='related'] li + li::before {
    content: ' · ';
  }
`;
