/**
 * `embed-host.js`, for a page that embeds an exported hub (`topic-hub export --frame`) in an
 * `<iframe>`: sets each such frame's height to what its content needs, as the frame reports it.
 * It believes a message only from the frame's own window and from the origin of its `src`, so
 * another frame, or a page the frame was navigated to, cannot resize it; and it only reads a number.
 */
import type { ResizeMessage } from './resize-message.js';

window.addEventListener('message', (event: MessageEvent<Partial<ResizeMessage> | null>) => {
  const height = event.data?.type === 'topic-hub:resize' ? event.data.height : undefined;
  if (typeof height !== 'number' || !(height >= 0 && height < 1e6)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source && new URL(frame.src, document.baseURI).origin === event.origin) {
      frame.style.height = `${Math.ceil(height)}px`;
    }
  }
});
