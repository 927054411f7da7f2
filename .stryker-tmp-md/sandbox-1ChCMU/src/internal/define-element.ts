// @ts-nocheck
import { libraryVersion } from './version.js';

/** An element class that names the elements it renders, so defining it defines them too. */
export interface DefinableElement extends CustomElementConstructor {
  dependencies?: Record<string, DefinableElement>;
  libraryVersion?: string;
}

/** Tags this copy found defined by another copy, with that copy's version, not yet reported. */
let taken: Map<string, string> | undefined;

/**
 * Defines `tag` (and the elements it renders) unless the page already has it. Intranet pages
 * often load two teams' copies of this library: the first definition wins, later ones are
 * reported in one console warning per copy instead of throwing.
 */
export function defineElement(tag: string, element: DefinableElement) {
  for (const [dependencyTag, dependency] of Object.entries(element.dependencies ?? {})) {
    defineElement(dependencyTag, dependency);
  }
  const existing: DefinableElement | undefined = customElements.get(tag);
  if (existing === element) return;
  if (existing) {
    if (!taken) {
      const batch = (taken = new Map());
      // A copy defines all its tags in one synchronous run of its modules: report them together after it.
      queueMicrotask(() => {
        taken = undefined;
        warnTaken(batch);
      });
    }
    taken.set(tag, typeof existing.libraryVersion === 'string' ? existing.libraryVersion : 'unknown');
    return;
  }
  customElements.define(tag, element);
}

function warnTaken(batch: Map<string, string>) {
  const tags = [...batch.keys()].map((tag) => `<${tag}>`);
  const versions = [...new Set(batch.values())].join(', ');
  console.warn(
    `topic-hub-elements ${libraryVersion}: another copy of the library (version ${versions}) had already defined ${tags.length} of its tags on this page (${tags.join(', ')}); that copy's elements and built-in content are used. To show a hub of this copy, give its elements src="…/bundle.json" (the other copy must be version 0.2 or later to read it); to run this copy instead, load only one copy per page.`,
  );
}
