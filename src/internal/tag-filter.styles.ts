import { css } from 'lit';

/**
 * The tag filter buttons of the search and the reference list: one look for both. Pressed and
 * unpressed differ in more than colour (a check mark and a heavier border), so they stay distinct
 * in forced colours too, where the system replaces every colour.
 */
export const tagFilterStyles = css`
  [part~='tag-filter'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2rem;
    padding: var(--_space-2xs) calc(var(--_space-s) + var(--_space-xs));
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-pill);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    font-size: var(--_font-size-s);
    line-height: var(--_line-height-tight);
    cursor: pointer;
  }
  [part~='tag-filter']:hover {
    border-color: var(--_color-accent);
    background: var(--_color-surface-accent);
  }
  [part~='tag-filter'][aria-pressed='true'] {
    background: var(--_color-accent);
    border-color: var(--_color-accent);
    color: var(--_color-accent-contrast);
    font-weight: var(--_font-weight-strong);
    box-shadow: inset 0 0 0 1px var(--_color-accent);
  }
  [part~='tag-filter'][aria-pressed='true']:hover {
    background: var(--_color-accent);
  }
  /* The state is in aria-pressed; the mark only shows it, so it is left out of the name. */
  [part~='tag-filter'][aria-pressed='true']::before {
    /* Without alt text for generated content (Firefox < 128, Safari < 17.4) the first declaration stays. */
    content: '✓';
    content: '✓' / '';
    font-weight: 700;
  }
  @media (forced-colors: active) {
    [part~='tag-filter'][aria-pressed='true'] {
      forced-color-adjust: none;
      background: SelectedItem;
      border-color: SelectedItem;
      color: SelectedItemText;
    }
  }
`;
