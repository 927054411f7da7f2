import { css } from 'lit';

/**
 * The declarations that cut a text to `lines` lines, ending in an ellipsis. Only the drawing is
 * cut: the whole text stays in the DOM, so screen readers, find in page and copying get all of it,
 * and the card's title link leads to the article for the rest. Used for summaries and reasons that
 * would make a list long on a phone or in compact density, at three lines (two in References).
 */
export const lineClamp = (lines: number) => css`
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: ${lines};
  line-clamp: ${lines};
  overflow: hidden;
`;
