import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { dark, densityArgType, hubArgs, hubArgTypes, light, unknownHub } from './shared.js';

const meta: Meta = {
  title: 'Elements/<reference-list>',
  component: 'reference-list',
  tags: ['autodocs'],
  argTypes: {
    ...hubArgTypes,
    ...densityArgType,
    tags: { control: 'text', description: 'Selected tags, space-separated.' },
    limit: { control: { type: 'number', min: 0 }, description: 'Entries listed before "Show all"; `0` lists every one.' },
    'tag-limit': { control: { type: 'number', min: 0 }, description: 'Tag filters offered before "More tags"; `0` offers every one.' },
  },
  args: { ...hubArgs, density: 'comfortable', tags: '', limit: 10, 'tag-limit': 8 },
  render: (args) =>
    html`<reference-list
      hub=${args.hub}
      density=${args.density}
      tags=${args.tags}
      limit=${args.limit}
      tag-limit=${args['tag-limit']}
      label=${args.label || nothing}
      theme=${args.theme}
      heading-level=${args['heading-level']}
    ></reference-list>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
/** Preselected tag filters. */
export const FilteredByTag: Story = { args: { tags: 'ai' } };
/** Compact: tighter cards, two lines of summary (the density `<topic-hub>` uses). */
export const Compact: Story = { args: { density: 'compact' } };
/** Five entries, then "Show all"; three tag filters, then "More tags". */
export const ShortLimits: Story = { args: { limit: 5, 'tag-limit': 3 } };
/** Every entry and every tag filter at once. */
export const NoLimits: Story = { args: { limit: 0, 'tag-limit': 0 } };
/** Named by `label` rather than its heading: for a page with two reference lists. */
export const Labelled: Story = { args: { label: 'Further reading' } };
export const Light: Story = light;
export const Dark: Story = dark;
/** An unknown hub id: the element shows an alert in place of its content and fires `hub-error`. */
export const UnknownHub: Story = unknownHub;
