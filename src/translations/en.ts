/**
 * The English table: the source of the translation keys (every other language must have each of
 * them, checked by `npm run typecheck` and test/node/translations.test.ts) and the fallback of
 * every language. It is part of every build of the elements; other languages are modules of their own.
 *
 * A message is a string with `{name}` placeholders, or, where it counts something, one string per
 * plural category of the language (`Intl.PluralRules`, chosen by the `count` placeholder; `other`
 * is required). Both are plain JSON, so a page can override them from a JSON script block.
 */
export const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  loading: 'Loading…',
  'error.title': 'This content cannot be shown.',
  'error.notABundle':
    'The content bundle is not a topic-hub content bundle (it has no "format": "{format}"). Give the element the bundle.json that the content build writes.',
  'error.fileNotABundle':
    'The file at {url} is not a topic-hub content bundle (it has no "format": "{format}"). Give the element the bundle.json that the content build writes.',
  'error.unsupportedVersion':
    'The content bundle cannot be read: its version is {version}, this library reads version {expected}. Rebuild the bundle with this version of topic-hub-elements, or load the version of the library that wrote it.',
  'error.fileUnsupportedVersion':
    'The file at {url} cannot be read: its version is {version}, this library reads version {expected}. Rebuild the bundle with this version of topic-hub-elements, or load the version of the library that wrote it.',
  'error.invalidBundle': 'The content bundle cannot be read: {problem}.',
  'error.fileInvalidBundle': 'The file at {url} cannot be read: {problem}.',
  'error.damagedBundle': 'The content bundle is damaged: {problem}.',
  'error.missingHub': 'No hub chosen: set the hub attribute to one of {hubs}.',
  'error.unknownHub': 'There is no hub "{hub}" in this content bundle. Hubs: {hubs}.',
  'error.missingPath': 'No reading path chosen: set the path attribute to one of {paths}.',
  'error.unknownPath': 'Hub "{hub}" has no reading path "{path}". Paths: {paths}.',
  'error.unknownArticle': 'There is no article "{article}" in this content bundle.',
  'error.searchUnavailable': 'The search cannot be used: {problem}',
  'error.notAUrl': 'The src "{src}" is not a URL. Give the address of a bundle.json, absolute or relative to this page.',
  'error.timeout':
    'The content bundle at {url} did not arrive within {seconds} s. Check that the server answers, or allow longer with the element\'s timeout attribute (milliseconds, e.g. timeout="30000").',
  'error.network':
    "The content bundle at {url} could not be fetched ({problem}). Check the address, that the server is up, and that the page's Content-Security-Policy allows it (connect-src).",
  'error.http': 'The content bundle at {url} could not be loaded: the server answered HTTP {status}. Check the src address.',
  'error.invalidJson': 'The file at {url} is not valid JSON ({problem}). Point src at the bundle.json that the content build writes.',

  'heading.startHere': 'Start here',
  'heading.questions': 'Questions',
  'heading.readingPaths': 'Reading paths',
  'heading.failureModes': 'Failure modes',
  'heading.relatedHubs': 'Related hubs',
  'heading.references': 'References',

  'card.canon': 'Canon',
  'card.canonMeaning': 'Canon: essential reading',
  'card.tags': 'Tags',

  'path.progress': '{read} of {total} read',
  'path.next': 'Next: {title}',
  'path.allRead': 'All read',
  'path.nextStep': 'Next',
  'path.read': 'Read',
  'path.markRead': 'Read: {title}',

  'failureModes.read': 'Read:',

  'references.count': { one: "{count} entry tagged '{hub}'", other: "{count} entries tagged '{hub}'" },
  'references.countFiltered': { one: '{shown} of {count} entry, tagged {tags}', other: '{shown} of {count} entries, tagged {tags}' },
  'references.tag': "'{tag}'",
  'references.filter': 'Filter by tag',
  'references.empty': 'No entry has all of these tags.',
  'references.emptyHint': 'Press a selected tag to remove it.',
  'references.showAll': { one: 'Show all {count} entry', other: 'Show all {count} entries' },
  'references.showFirst': 'Show the first {count}',
  'references.moreTags': 'More tags ({count})',
  'references.fewerTags': 'Fewer tags',

  'search.label': 'Search articles',
  'search.placeholder': 'Search articles',
  'search.hubRegion': 'Search {hub}',
  'search.clear': 'Clear search',
  'search.usage': 'Results appear as you type. Use the up and down arrows to review them and Enter to open one.',
  'search.shortcutOn': 'Press {key} to search from anywhere on the page.',
  'search.shortcutOff': 'The {key} shortcut is off.',
  'search.turnOn': 'Turn on',
  'search.turnOff': 'Turn off',
  'search.shortcutName': 'the {key} shortcut',
  'search.tagFilters': 'Filter results by tag',
  'search.count': { one: '{count} result', other: '{count} results' },
  'search.countShown': '{count} results, {shown} shown',
  'search.keys': '{up} {down} to choose · {enter} to open · {esc} to close',
  'search.results': 'Search results',
  'search.noMatch': 'No articles match “{query}”.',
  'search.noMatchWithTags': 'No articles match “{query}” with the selected tags.',
  'search.suggestion': 'Search for “{suggestion}”',
  'search.announceNone': 'No results.',
  'search.announceSuggestion': 'No results. Did you mean {suggestion}?',
  'search.announceCount': { one: '{count} result available.', other: '{count} results available.' },
  'search.announceShown': '{count} results, {shown} shown.',
  'search.announceChosen': '{title} chosen.',
} as const;
