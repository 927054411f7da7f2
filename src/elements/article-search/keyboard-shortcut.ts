/**
 * The search's page-wide shortcut. WCAG 2.1.4 (Character Key Shortcuts): a shortcut that is a
 * single printable key must never fire while the reader types, and the reader must be able to
 * turn it off. Shortcuts with Control, Alt or Meta are not character key shortcuts.
 */

type Modifier = 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey';

const modifierNames: Record<string, Modifier> = {
  control: 'ctrlKey',
  ctrl: 'ctrlKey',
  alt: 'altKey',
  option: 'altKey',
  shift: 'shiftKey',
  meta: 'metaKey',
  cmd: 'metaKey',
};

export interface Shortcut {
  key: string;
  modifiers: Set<Modifier>;
  /** A single printable key without Control, Alt or Meta: the reader may turn it off. */
  characterKey: boolean;
  /** How the hint shows it, e.g. "/" or "Control+K". */
  label: string;
}

/** Reads "/", "k", "Control+k" or "Alt+Shift+s"; undefined for an empty or unreadable value. */
export function parseShortcut(value: string): Shortcut | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  // "+" alone (or as the last part of "Control++") is the key itself.
  const parts = trimmed === '+' ? ['+'] : trimmed.endsWith('++') ? [...trimmed.slice(0, -2).split('+'), '+'] : trimmed.split('+');
  const key = parts.pop()!;
  const modifiers = new Set<Modifier>();
  for (const part of parts) {
    const modifier = modifierNames[part.toLowerCase()];
    if (!modifier) return undefined;
    modifiers.add(modifier);
  }
  if (!key) return undefined;
  const characterKey = [...key].length === 1 && !modifiers.has('ctrlKey') && !modifiers.has('altKey') && !modifiers.has('metaKey');
  return { key, modifiers, characterKey, label: trimmed };
}

export function matchesShortcut(shortcut: Shortcut, event: KeyboardEvent) {
  const key = shortcut.key.length === 1 ? event.key.toLowerCase() === shortcut.key.toLowerCase() : event.key === shortcut.key;
  if (!key) return false;
  // Shift is part of typing a printable key ("?" is Shift+/): only Control, Alt and Meta must match exactly.
  const exact = ['ctrlKey', 'altKey', 'metaKey'] as const;
  return (
    exact.every((modifier) => event[modifier] === shortcut.modifiers.has(modifier)) &&
    (!shortcut.modifiers.has('shiftKey') || event.shiftKey)
  );
}

const storageKey = 'topic-hub-elements:character-shortcuts';

/** Whether the reader turned character key shortcuts off, for every search on this site. */
export function characterShortcutsOff() {
  try {
    return localStorage.getItem(storageKey) === 'off';
  } catch {
    // Storage can be blocked (sandboxed frames, privacy settings): the shortcut then stays on.
    return false;
  }
}

/**
 * Tells every search on this page at once, through the window (two copies of the library on one
 * page hear each other too). The choice travels in the event, as storage may be blocked.
 */
const changeEvent = 'topic-hub-elements:character-shortcuts-change';

/** Keeps the reader's choice for the site and tells every search on this page. */
export function setCharacterShortcutsOff(off: boolean) {
  try {
    if (off) localStorage.setItem(storageKey, 'off');
    else localStorage.removeItem(storageKey);
  } catch {
    // Not kept across pages, but the searches on this page still honour the choice until reload.
  }
  window.dispatchEvent(new CustomEvent<boolean>(changeEvent, { detail: off }));
}

/**
 * Calls `listener` with the reader's new choice whenever it changes: in a search on this page, or
 * in another tab or window of the site (the `storage` event). Returns the function that stops it.
 */
export function onCharacterShortcutsChange(listener: (off: boolean) => void): () => void {
  const onThisPage = (event: Event) => listener((event as CustomEvent<boolean>).detail);
  // A null key is storage cleared as a whole: the shortcut is on again.
  const inAnotherTab = (event: StorageEvent) => {
    // The choice lives in local storage; session storage cleared elsewhere comes with a null key too.
    if (event.storageArea !== localStorage) return;
    if (event.key === storageKey || event.key === null) listener(event.key !== null && event.newValue === 'off');
  };
  window.addEventListener(changeEvent, onThisPage);
  window.addEventListener('storage', inAnotherTab);
  return () => {
    window.removeEventListener(changeEvent, onThisPage);
    window.removeEventListener('storage', inAnotherTab);
  };
}

/** Where a key press is typing, not a command. */
export const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.getAttribute('role') === 'combobox');
