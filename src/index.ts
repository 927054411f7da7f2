/**
 * Every element, registered, with the types a page or app needs: the package root. The drop-in
 * file `dist/topic-hub.js` is this with Lit's hydrate support before it (src/drop-in.ts).
 */
export { ArticleCard } from './article-card.js';
export { ArticleSearch } from './article-search.js';
export { StartHere } from './start-here.js';
export { KeyQuestions } from './key-questions.js';
export { ReadingPath } from './reading-path.js';
export { FailureModeList } from './failure-mode-list.js';
export { RelatedHubs } from './related-hubs.js';
export { ReferenceList } from './reference-list.js';
export { TopicHub } from './topic-hub.js';
export { BUNDLE_FORMAT, BUNDLE_VERSION } from './content/bundle-types.js';
export type {
  Article,
  BlockNode,
  ContentBundle,
  FailureMode,
  Hub,
  InlineNode,
  InlineText,
  ReadingPath as ReadingPathContent,
  RelatedHub,
  RichText,
  SectionHeadings,
  StartHereEntry,
} from './content/bundle-types.js';
export type { HubErrorCode } from './content/content-store.js';
export type { ImmediateSearchEngine, SearchEngine, SearchPage, SearchQuery } from './search/search-engine.js';
export type { ArticleMatch } from './search/article-search-engine.js';
export type { Theme } from './internal/hub-element.js';
export { registerTranslation } from './internal/localize.js';
export type { Message, Translation, TranslationKey, TranslationOverride } from './internal/translation-registry.js';
export type {
  ArticleSelectDetail,
  HubErrorDetail,
  ReadingProgressDetail,
  SearchChangeDetail,
  TagFilterDetail,
  TopicHubEventMap,
} from './internal/events.js';
