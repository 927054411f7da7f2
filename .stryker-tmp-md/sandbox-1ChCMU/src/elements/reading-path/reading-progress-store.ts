/**
 * Which articles of a reading path a reader has marked as read, kept in localStorage.
 * Storage can be missing, full or forbidden (private windows, sandboxed frames, policies): then
 * progress lives only as long as the page, and nothing throws.
 */
// @ts-nocheck


/** The localStorage key of one path's progress; public: pages and other tabs may read it. */
export const storageKey = (hub: string, path: string) => `topic-hub:reading-progress:${hub}:${path}`;

export function loadReadArticles(hub: string, path: string): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(hub, path)) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function saveReadArticles(hub: string, path: string, read: Set<string>) {
  try {
    localStorage.setItem(storageKey(hub, path), JSON.stringify([...read]));
  } catch {
    // Progress stays in memory for this page.
  }
}
