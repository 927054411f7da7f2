/**
 * The message an exported page in an `<iframe>` posts to its parent (`topic-hub export --frame`),
 * and which `embed-host.js` reads: the height its content needs, in CSS pixels, whenever it changes.
 */
export interface ResizeMessage {
  type: 'topic-hub:resize';
  /** The hub the page shows. */
  hub: string;
  height: number;
}
