// @ts-nocheck
import { css } from 'lit';

export const topicHubStyles = css`
  :host {
    container-type: inline-size;
  }
  [part~='hub'] {
    display: grid;
    gap: var(--_space-l);
    padding: var(--_space-l);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  [part~='intro'] p {
    margin-block: 0 var(--_space-s);
  }
  [part~='intro'] > :first-child {
    margin-block-start: 0;
  }
  [part~='intro'] > :last-child {
    margin-block-end: 0;
  }
  .paths {
    display: grid;
    gap: var(--_space-l);
  }
  @container (min-width: 48rem) {
    .paths {
      grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
    }
  }
`;
