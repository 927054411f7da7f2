import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ArticleSearch } from '../../src/article-search.js';
import { renderElement, settled, textOf } from '../helpers.js';

/** What a reader meets in <article-search>, found as a user would find it: by role and part. */
export const parts = (search: ArticleSearch) => {
  const root = search.shadowRoot!;
  return {
    input: root.querySelector<HTMLInputElement>('[role="combobox"]')!,
    listbox: root.querySelector<HTMLElement>('[role="listbox"]')!,
    options: () => Array.from(root.querySelectorAll<HTMLElement>('[role="option"]')),
    titles: () => Array.from(root.querySelectorAll('[role="option"] .option-title')).map(textOf),
    status: root.querySelector<HTMLElement>('[role="status"]')!,
    chips: () => Array.from(root.querySelectorAll<HTMLButtonElement>('[part~="tag-filter"]')),
    empty: () => root.querySelector<HTMLElement>('[part~="empty"]'),
    clear: () => root.querySelector<HTMLButtonElement>('[part~="clear"]'),
    count: () => root.querySelector<HTMLElement>('[part~="count"]'),
    hint: () => root.querySelector<HTMLElement>('[part~="hint"]'),
    shortcutToggle: () => root.querySelector<HTMLButtonElement>('[part~="shortcut-toggle"]'),
    chip: (tag: string) => root.querySelector<HTMLButtonElement>(`[part~="tag-filter"][data-tag="${tag}"]`),
    /** The focused element inside the search, or null when focus is elsewhere. */
    focused: () => root.activeElement,
    /**
     * Where focus is, as a string ("input", "tag-filter governance", "clear", "outside"): a failed
     * comparison of DOM elements makes the runner serialize them, which can bring the page down.
     */
    focus: () => {
      const focused = root.activeElement as HTMLElement | null;
      return focused ? [focused.getAttribute('part'), focused.dataset.tag].filter(Boolean).join(' ') : 'outside';
    },
    /** The active option's id, after checking that aria-selected agrees with aria-activedescendant. */
    active: () => {
      const id = root.querySelector('[role="combobox"]')!.getAttribute('aria-activedescendant');
      const selected = Array.from(root.querySelectorAll('[role="option"][aria-selected="true"]')).map((option) => option.id);
      if (selected.join() !== (id ?? '')) throw new Error(`aria-activedescendant ${id} but aria-selected on [${selected.join()}]`);
      return id;
    },
  };
};

export async function renderSearch(attributes = 'hub="technical-leadership"') {
  return renderElement<ArticleSearch>(`<article-search ${attributes}></article-search>`);
}

/** Types into the search field as a user does, key by key. */
export async function typeInto(search: ArticleSearch, text: string) {
  parts(search).input.focus();
  await sendKeys({ type: text });
  await settled(search);
}

export async function press(search: ArticleSearch, key: string) {
  await sendKeys({ press: key });
  await settled(search);
}

/**
 * Waits until the live region says `expected`: it speaks once typing settles (half a second), so
 * the wait allows several times that on a busy machine.
 */
export async function waitForAnnouncement(search: ArticleSearch, expected: () => string) {
  const { status } = parts(search);
  await waitUntil(() => textOf(status) === expected(), `the live region never said "${expected()}"`, {
    timeout: 5000,
  });
}
