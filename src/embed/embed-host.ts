/**
 * `embed-host.js`, for a page that embeds an exported hub (`topic-hub export --frame`) in an
 * `<iframe>`: sets each such frame's height to what its content needs, as the frame reports it.
 * It believes a message only from the frame's own window and from the origin of its `src`, so
 * another frame, or a page the frame was navigated to, cannot resize it; and it only reads a number.
 * When it starts it asks every frame for its height, so it may run after a frame has reported.
 */
import type { MeasureMessage, ResizeMessage } from './resize-message.js';

const srcOrigin = (frame: HTMLIFrameElement) => new URL(frame.src, document.baseURI).origin;

window.addEventListener('message', (event: MessageEvent<Partial<ResizeMessage> | null>) => {
  const height = event.data?.type === 'topic-hub:resize' ? event.data.height : undefined;
  if (typeof height !== 'number' || !(height >= 0 && height < 1e6)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source && srcOrigin(frame) === event.origin) {
      frame.style.height = `${Math.ceil(height)}px`;
    }
  }
});

for (const frame of document.querySelectorAll('iframe')) {
  // Addressed to the origin of its src: a frame showing anything else does not receive it.
  const origin = frame.src ? srcOrigin(frame) : 'null';
  if (origin !== 'null') frame.contentWindow?.postMessage({ type: 'topic-hub:measure' } satisfies MeasureMessage, origin);
}
