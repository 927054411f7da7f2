/**
 * `embed-frame.js`, which `topic-hub export --frame` writes beside the pages and each page loads:
 * inside an `<iframe>`, it tells the parent page the height of the content on load, whenever it
 * changes (a new width, an upgraded element, a pressed "Show all") and whenever the parent asks
 * (embed-host.js asks when it starts, which may be after this page's first message), so that
 * `embed-host.js` can size the frame to it. A file, not an inline script: the pages allow only
 * `script-src 'self'`.
 */
import type { MeasureMessage, ResizeMessage } from './resize-message.js';

if (window.parent !== window) {
  const hub = document.querySelector('[hub]')?.getAttribute('hub') ?? '';
  const postHeight = () => {
    // The height of the content, not of the frame's viewport (which `scrollHeight` never goes below):
    // a frame made taller than needed shrinks back when its content does.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    // Any page may embed the hub, and a height tells it nothing private: no target origin to check.
    window.parent.postMessage({ type: 'topic-hub:resize', hub, height } satisfies ResizeMessage, '*');
  };
  new ResizeObserver(postHeight).observe(document.documentElement);
  window.addEventListener('message', (event: MessageEvent<Partial<MeasureMessage> | null>) => {
    if (event.source === window.parent && event.data?.type === 'topic-hub:measure') postHeight();
  });
}
