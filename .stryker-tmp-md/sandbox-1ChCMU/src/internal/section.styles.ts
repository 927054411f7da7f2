// @ts-nocheck
import { css } from 'lit';

/** Layout shared by the section elements: a heading and a list of items or cards. */
export const sectionStyles = css`
  section {
    display: grid;
    gap: var(--_space-m);
  }
  .cards {
    list-style: none;
    display: grid;
    gap: var(--_space-m);
  }
  .items {
    padding-inline-start: var(--_space-l);
    display: grid;
    gap: var(--_space-s);
  }
  .quiet {
    color: var(--_color-text-quiet);
    margin: 0;
  }
  p {
    margin: 0;
  }
`;
