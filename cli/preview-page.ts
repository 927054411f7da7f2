/**
 * The preview page and its two static files. The page holds no inline script or style, so it
 * works under the `default-src 'self'` policy the server sends, as on a strict intranet.
 */

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

export interface PreviewState {
  /** The content folder, as the user named it. */
  dir: string;
  /** The hubs of the last good build, in file order; empty before the first one. */
  hubs: { id: string; title: string }[];
  /** The errors of the latest build, each `file: field: message`; empty when it succeeded. */
  errors: string[];
}

export function renderPreviewPage({ dir, hubs, errors }: PreviewState): string {
  const errorList =
    errors.length === 0
      ? ''
      : `
    <section class="errors" role="alert" aria-labelledby="errors-title">
      <h2 id="errors-title">${errors.length} content error${errors.length === 1 ? '' : 's'}</h2>
      <ul>
${errors.map((error) => `        <li><code>${escapeHtml(error)}</code></li>`).join('\n')}
      </ul>
      <p>${hubs.length > 0 ? 'Below is the last build without errors. ' : ''}Fix the files and save: this page reloads by itself.</p>
    </section>`;
  const hubSections = hubs
    .map(
      ({ id, title }) => `
    <section class="hub" aria-label="${escapeHtml(title)}">
      <p class="hub-id">hub="${escapeHtml(id)}"</p>
      <topic-hub src="/bundle.json" hub="${escapeHtml(id)}"></topic-hub>
    </section>`,
    )
    .join('');
  const search =
    hubs.length === 0
      ? ''
      : `
    <section class="search" aria-labelledby="search-title">
      <h2 id="search-title">Search across all hubs</h2>
      <article-search src="/bundle.json"></article-search>
    </section>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Preview: ${escapeHtml(dir)}</title>
    <link rel="stylesheet" href="/preview.css" />
    <script type="module" src="/topic-hub.js"></script>
    <script type="module" src="/preview.js"></script>
  </head>
  <body>
    <header>
      <h1>Preview of <code>${escapeHtml(dir)}</code></h1>
      <p>Rebuilt on every save. The hubs load <a href="/bundle.json">/bundle.json</a>, the file <code>topic-hub build</code> writes.</p>
    </header>
    <main>${errorList}${search}${hubSections}
    </main>
  </body>
</html>
`;
}

/** Reloads the page whenever the server says the content folder was rebuilt. */
export const previewScript = `new EventSource('/events').addEventListener('reload', () => location.reload());
`;

export const previewStyles = `body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 4rem; line-height: 1.5; }
header { border-bottom: 1px solid #8884; margin-bottom: 1.5rem; }
.errors { border: 2px solid #b3261e; border-radius: 0.5rem; padding: 0 1rem; margin-bottom: 2rem; }
.errors h2 { color: #b3261e; }
.errors li { margin: 0.25rem 0; overflow-wrap: anywhere; }
.hub, .search { margin-bottom: 3rem; }
.hub-id { font-family: ui-monospace, monospace; font-size: 0.85rem; opacity: 0.7; margin: 0; }
`;
