import { css } from 'lit';

/** Layout shared by the section elements: a heading and a list of items or cards. */
export const sectionStyles = css`
  section {
    display: grid;
    gap: var(--_space-m);
  }
  section > [part~='heading'] {
    font-size: var(--_font-size-xl);
  }
  .cards {
    list-style: none;
    display: grid;
    gap: var(--_space-m);
  }
  .quiet {
    color: var(--_color-text-quiet);
    margin: 0;
  }
`;
