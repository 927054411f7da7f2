import { css } from 'lit';

/**
 * A tight list: questions close together, the markers in a narrow gutter, so the text keeps the
 * width; two columns where each can still hold a question in a few lines.
 */
export const keyQuestionsStyles = css`
  :host {
    container-type: inline-size;
  }
  [part~='list'] {
    display: block;
    padding-inline-start: var(--_space-m);
  }
  [part~='question'] {
    break-inside: avoid;
    padding-block-end: var(--_space-xs);
  }
  [part~='question']::marker {
    color: var(--_color-accent);
  }
  @container (min-width: 44rem) {
    [part~='list'] {
      columns: 2;
      column-gap: var(--_space-xl);
    }
  }
`;
