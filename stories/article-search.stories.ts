import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { dark, hubArgs, hubArgTypes, light, unknownHub } from './shared.js';

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
  render: (args) =>
    html`<article-search
      hub=${args.hub}
      placeholder=${args.placeholder}
      limit=${args.limit}
      tags=${args.tags}
      shortcut=${args.shortcut}
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
export const Light: Story = light;
export const Dark: Story = dark;
/** An unknown hub id: the element shows an alert in place of its content and fires `hub-error`. */
export const UnknownHub: Story = unknownHub;
