import { css } from 'lit';

/**
 * Each related hub a tile: the card's edge, corner and shadow, the title in the link colour with an
 * arrow, the whole tile the link's target. Tiles sit side by side where there is room, one per
 * row on a phone. A hub without a URL is the same tile with plain text and no arrow, so nothing
 * looks pressable that is not.
 */
export const relatedHubsStyles = css`
  [part~='list'] {
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: var(--_space-s);
  }
  .tile {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
    block-size: 100%;
    box-sizing: border-box;
    min-block-size: 2.75rem;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_color-border-subtle);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    box-shadow: var(--_shadow-s);
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
  }
  a.tile {
    color: var(--_color-accent);
    text-decoration: none;
  }
  a.tile::after {
    /* Without alt text for generated content (Firefox < 128, Safari < 17.4) the first declaration stays. */
    content: '→';
    content: '→' / '';
    flex: none;
  }
  a.tile:hover {
    text-decoration: none;
    border-color: var(--_color-border);
    background: var(--_color-surface-accent);
  }
  a.tile:hover span {
    text-decoration: underline;
  }
`;
