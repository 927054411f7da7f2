import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { dark, hubArgs, hubArgTypes, light, unknownHub } from './shared.js';

/** The public localStorage key of the reader's choice to turn single-key shortcuts off. */
const shortcutKey = 'topic-hub-elements:character-shortcuts';

const meta: Meta = {
  title: 'Elements/<article-search>',
  component: 'article-search',
  tags: ['autodocs'],
  argTypes: {
    ...hubArgTypes,
    placeholder: { control: 'text', description: 'The placeholder text of the search field.' },
    limit: { control: { type: 'number', min: 1 }, description: 'The most results to list.' },
    tags: { control: 'text', description: 'Preselected tags, space-separated.' },
    shortcut: { control: 'text', description: 'A key (`/`) or combination (`Control+k`) that focuses the search from anywhere.' },
    'sync-url': { control: 'boolean', description: 'Keep the query and tags in the URL hash.' },
    value: { control: 'text', description: 'The text in the search field.' },
  },
  args: { ...hubArgs, placeholder: 'Search articles', limit: 10, tags: '', shortcut: '', 'sync-url': false, value: '' },
  // Each story starts with the single-key shortcut on, unless the story turns it off.
  loaders: [
    async () => {
      localStorage.removeItem(shortcutKey);
      return {};
    },
  ],
  render: (args) =>
    html`<article-search
      hub=${args.hub}
      placeholder=${args.placeholder}
      limit=${args.limit}
      tags=${args.tags}
      shortcut=${args.shortcut}
      label=${args.label || nothing}
      ?sync-url=${args['sync-url']}
      value=${args.value}
      theme=${args.theme}
      heading-level=${args['heading-level']}
    ></article-search>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
/** A query typed in: ranked results with the matching words highlighted. */
export const WithResults: Story = { args: { value: 'governance' } };
/** A query nothing matches: the element says so (and offers a close spelling when there is one). */
export const NoResults: Story = { args: { value: 'zzqxv' } };
/** A typo: no exact match, the closest spelling offered. */
export const Typo: Story = { args: { value: 'hedcount' } };
/** Tags selected and a query: pressed chips carry a check mark, the count and the key hint show. */
export const WithTags: Story = { args: { value: 'ai', tags: 'governance' } };
/** A single-key shortcut: the line under the field names it and lets the reader turn it off (WCAG 2.1.4). */
export const Shortcut: Story = { args: { shortcut: '/' } };
/** The reader turned the single-key shortcut off (kept for the site in localStorage): the line says so and offers "Turn on". */
export const ShortcutOff: Story = {
  args: { shortcut: '/' },
  loaders: [
    async () => {
      localStorage.setItem(shortcutKey, 'off');
      return {};
    },
  ],
};
/** At most three results listed, the count says how many more match. */
export const Limited: Story = { args: { value: 'ai', limit: 3 } };
/** Named by `label`: for a page with two searches. */
export const Labelled: Story = { args: { label: 'Search the leadership hub' } };
export const Light: Story = light;
export const Dark: Story = dark;
/** An unknown hub id: the element shows an alert in place of its content and fires `hub-error`. */
export const UnknownHub: Story = unknownHub;
