import { css } from 'lit';

export const topicHubStyles = css`
  :host {
    container-type: inline-size;
  }
  /* The height the page expects the hub to take, held while its bundle at src loads, so nothing below it moves when it arrives. */
  :host {
    min-block-size: var(--hub-min-height, auto);
  }
  /* A rule of its own: browsers without custom states (Chromium < 125, Firefox < 126) drop it, not the height above. */
  :host(:state(failed)) {
    min-block-size: auto;
  }
  [part~='hub'] {
    display: grid;
    gap: var(--_space-xl);
    color: var(--_color-text);
    /* The hub pads its own surface (the host); its sections add none, so a phone keeps a wide column. */
    --_nested-padding: 0px;
    --_nested-border: none;
    --_nested-radius: 0;
  }
  header {
    display: grid;
    gap: var(--_space-s);
  }
  [part~='title'] {
    font-size: var(--_font-size-2xl);
  }
  [part~='intro'] {
    color: var(--_color-text-quiet);
    font-size: var(--_font-size-l);
    max-inline-size: 70ch;
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
  /* A phone: sections closer together and the intro in body size, so more of the hub fits on a screen. */
  @container (max-width: 36rem) {
    [part~='hub'],
    .paths {
      gap: var(--_space-m);
    }
    [part~='intro'] {
      font-size: var(--_font-size-m);
    }
  }
  @container (min-width: 48rem) {
    .paths {
      grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
    }
  }
`;
