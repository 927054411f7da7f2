import { useState } from 'react';
import type { ReadingProgressDetail } from 'topic-hub-elements';
// Our own hub, built from hub/ by `topic-hub build` before every dev and build run.
import hub from './hub/bundle.json';

export function App() {
  const [progress, setProgress] = useState<ReadingProgressDetail>();
  return (
    <main>
      <h1>Design system handbook</h1>
      <section aria-labelledby="path-title">
        <h2 id="path-title">This week's reading</h2>
        <reading-path
          bundle={hub}
          hub="design-system"
          path="first-component"
          heading-level={3}
          onreading-progress={(event) => setProgress(event.detail)}
        ></reading-path>
        <p role="status">
          {progress ? `You have read ${progress.read} of ${progress.total} articles.` : 'Tick an article once you have read it.'}
        </p>
      </section>
      <topic-hub bundle={hub} hub="design-system"></topic-hub>
    </main>
  );
}
