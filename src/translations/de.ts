/**
 * German. Importing this module registers it (`import 'topic-hub-elements/translations/de.js'`);
 * pages with the drop-in file load `translations/de.js` beside it with a script tag of its own.
 */
import { registerShippedTranslation, type Translation } from '../internal/translation-registry.js';

export const de: Translation = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',

  loading: 'Wird geladen …',
  'error.title': 'Dieser Inhalt kann nicht angezeigt werden.',
  'error.notABundle':
    'Das Inhaltspaket ist kein topic-hub-Inhaltspaket (es hat kein "format": "{format}"). Geben Sie dem Element die bundle.json, die der Inhalts-Build schreibt.',
  'error.fileNotABundle':
    'Die Datei unter {url} ist kein topic-hub-Inhaltspaket (sie hat kein "format": "{format}"). Geben Sie dem Element die bundle.json, die der Inhalts-Build schreibt.',
  'error.unsupportedVersion':
    'Das Inhaltspaket kann nicht gelesen werden: Es hat die Version {version}, diese Bibliothek liest Version {expected}. Bauen Sie das Paket mit dieser Version von topic-hub-elements neu, oder laden Sie die Version der Bibliothek, die es geschrieben hat.',
  'error.fileUnsupportedVersion':
    'Die Datei unter {url} kann nicht gelesen werden: Sie hat die Version {version}, diese Bibliothek liest Version {expected}. Bauen Sie das Paket mit dieser Version von topic-hub-elements neu, oder laden Sie die Version der Bibliothek, die es geschrieben hat.',
  'error.invalidBundle': 'Das Inhaltspaket kann nicht gelesen werden: {problem}.',
  'error.fileInvalidBundle': 'Die Datei unter {url} kann nicht gelesen werden: {problem}.',
  'error.damagedBundle': 'Das Inhaltspaket ist beschädigt: {problem}.',
  'error.missingHub': 'Kein Hub gewählt: Setzen Sie das Attribut hub auf einen dieser Werte: {hubs}.',
  'error.unknownHub': 'In diesem Inhaltspaket gibt es keinen Hub „{hub}“. Hubs: {hubs}.',
  'error.missingPath': 'Kein Lesepfad gewählt: Setzen Sie das Attribut path auf einen dieser Werte: {paths}.',
  'error.unknownPath': 'Der Hub „{hub}“ hat keinen Lesepfad „{path}“. Lesepfade: {paths}.',
  'error.unknownArticle': 'In diesem Inhaltspaket gibt es keinen Artikel „{article}“.',
  'error.searchUnavailable': 'Die Suche ist nicht verfügbar: {problem}',
  'error.notAUrl':
    'Der Wert von src („{src}“) ist keine URL. Geben Sie die Adresse einer bundle.json an, absolut oder relativ zu dieser Seite.',
  'error.timeout':
    'Das Inhaltspaket unter {url} ist nicht innerhalb von {seconds} s angekommen. Prüfen Sie, ob der Server antwortet, oder erlauben Sie mit dem Attribut timeout des Elements mehr Zeit (Millisekunden, z. B. timeout="30000").',
  'error.network':
    'Das Inhaltspaket unter {url} konnte nicht abgerufen werden ({problem}). Prüfen Sie die Adresse, ob der Server läuft und ob die Content-Security-Policy der Seite den Abruf erlaubt (connect-src).',
  'error.http':
    'Das Inhaltspaket unter {url} konnte nicht geladen werden: Der Server antwortete mit HTTP {status}. Prüfen Sie die Adresse in src.',
  'error.invalidJson':
    'Die Datei unter {url} ist kein gültiges JSON ({problem}). Lassen Sie src auf die bundle.json zeigen, die der Inhalts-Build schreibt.',

  'heading.startHere': 'Einstieg',
  'heading.questions': 'Fragen',
  'heading.readingPaths': 'Lesepfade',
  'heading.failureModes': 'Typische Fehler',
  'heading.relatedHubs': 'Verwandte Hubs',
  'heading.references': 'Artikel',

  'card.canon': 'Kanon',
  'card.canonMeaning': 'Kanon: unverzichtbare Lektüre',
  'card.tags': 'Schlagwörter',

  'path.progress': '{read} von {total} gelesen',
  'path.next': 'Als Nächstes: {title}',
  'path.allRead': 'Alles gelesen',
  'path.nextStep': 'Als Nächstes',
  'path.read': 'Gelesen',
  'path.markRead': 'Gelesen: {title}',

  'failureModes.read': 'Dazu lesen:',

  'references.count': { one: '{count} Eintrag zum Thema „{hub}“', other: '{count} Einträge zum Thema „{hub}“' },
  'references.countFiltered': { one: '{shown} von {count} Eintrag mit {tags}', other: '{shown} von {count} Einträgen mit {tags}' },
  'references.tag': '„{tag}“',
  'references.filter': 'Nach Schlagwort filtern',
  'references.empty': 'Kein Eintrag hat alle diese Schlagwörter.',
  'references.emptyHint': 'Drücken Sie ein gewähltes Schlagwort, um es zu entfernen.',
  'references.showAll': { one: 'Den einzigen Eintrag zeigen', other: 'Alle {count} Einträge zeigen' },
  'references.showFirst': { one: 'Nur den ersten zeigen', other: 'Nur die ersten {count} zeigen' },
  'references.moreTags': 'Weitere Schlagwörter ({count})',
  'references.fewerTags': 'Weniger Schlagwörter',

  'search.label': 'Artikel durchsuchen',
  'search.placeholder': 'Artikel durchsuchen',
  'search.hubRegion': '{hub} durchsuchen',
  'search.clear': 'Suche löschen',
  'search.usage':
    'Ergebnisse erscheinen während der Eingabe. Mit den Pfeiltasten nach oben und unten gehen Sie sie durch, mit der Eingabetaste öffnen Sie eines.',
  'search.shortcutOn': 'Drücken Sie {key}, um von überall auf der Seite zu suchen.',
  'search.shortcutOff': 'Das Tastenkürzel {key} ist ausgeschaltet.',
  'search.turnOn': 'Einschalten',
  'search.turnOff': 'Ausschalten',
  'search.shortcutName': '(Tastenkürzel {key})',
  'search.tagFilters': 'Ergebnisse nach Schlagwort filtern',
  'search.count': { one: '{count} Ergebnis', other: '{count} Ergebnisse' },
  'search.countShown': '{count} Ergebnisse, {shown} angezeigt',
  'search.keys': '{up} {down} zum Auswählen · {enter} zum Öffnen · {esc} zum Schließen',
  'search.results': 'Suchergebnisse',
  'search.noMatch': 'Keine Artikel passen zu „{query}“.',
  'search.noMatchWithTags': 'Keine Artikel mit den gewählten Schlagwörtern passen zu „{query}“.',
  'search.suggestion': 'Nach „{suggestion}“ suchen',
  'search.announceNone': 'Keine Ergebnisse.',
  'search.announceSuggestion': 'Keine Ergebnisse. Meinten Sie {suggestion}?',
  'search.announceCount': { one: '{count} Ergebnis verfügbar.', other: '{count} Ergebnisse verfügbar.' },
  'search.announceShown': '{count} Ergebnisse, {shown} angezeigt.',
  'search.announceChosen': '{title} gewählt.',
};

registerShippedTranslation(de);
