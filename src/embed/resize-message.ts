/**
 * The message an exported page in an `<iframe>` posts to its parent (`topic-hub export --frame`),
 * and which `embed-host.js` reads: the height its content needs, in CSS pixels, whenever it changes
 * and whenever the parent asks (`MeasureMessage`).
 */
export interface ResizeMessage {
  type: 'topic-hub:resize';
  /** The hub the page shows. */
  hub: string;
  height: number;
}

/**
 * What `embed-host.js` posts to each frame when it starts, to the origin of the frame's `src`: a
 * frame that posted its height before the host script ran answers with a `ResizeMessage`.
 */
export interface MeasureMessage {
  type: 'topic-hub:measure';
}
