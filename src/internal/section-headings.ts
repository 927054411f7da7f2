import type { SectionHeadings } from '../content/bundle-types.js';
import type { TranslationKey } from './localize.js';

/** Headings for hubs that do not name their own: neutral, so they fit any topic, and in the reader's language. */
export const neutralHeadings = {
  startHere: 'heading.startHere',
  questions: 'heading.questions',
  readingPaths: 'heading.readingPaths',
  failureModes: 'heading.failureModes',
  relatedHubs: 'heading.relatedHubs',
  references: 'heading.references',
} as const satisfies Record<keyof SectionHeadings, TranslationKey>;
