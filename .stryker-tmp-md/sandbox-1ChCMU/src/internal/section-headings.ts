// @ts-nocheck
import type { Hub, SectionHeadings } from '../content/bundle-types.js';

/** Headings for hubs that do not name their own: neutral, so they fit any topic. */
const neutralHeadings: Required<SectionHeadings> = {
  startHere: 'Start here',
  questions: 'Questions',
  readingPaths: 'Reading paths',
  failureModes: 'Failure modes',
  relatedHubs: 'Related hubs',
  references: 'References',
};

/** The heading of one of a hub's sections: the hub's own where it names one. */
export const sectionHeading = (hub: Hub, section: keyof SectionHeadings) => hub.headings?.[section] || neutralHeadings[section];
