import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { dark, densityArgType, HUB, hubArgs, hubArgTypes, light, unknownHub } from './shared.js';

const PATH = 'ai-operating-model';
/** The public localStorage key of the path's progress (see reading-progress-store.ts). */
const progressKey = `topic-hub:reading-progress:${HUB}:${PATH}`;

const meta: Meta = {
  title: 'Elements/<reading-path>',
  component: 'reading-path',
  tags: ['autodocs'],
  argTypes: {
    ...hubArgTypes,
    ...densityArgType,
    path: { control: 'text', description: 'Id of the reading path.' },
    storage: {
      control: 'inline-radio',
      options: ['local', 'none'],
      description: '`local` keeps progress in localStorage; `none` for this element only.',
    },
  },
  args: { ...hubArgs, density: 'comfortable', path: PATH, storage: 'local' },
  // Each story starts from a known progress: nothing read, unless the story seeds some.
  loaders: [
    async () => {
      localStorage.removeItem(progressKey);
      return {};
    },
  ],
  render: (args) =>
    html`<reading-path
      hub=${args.hub}
      path=${args.path}
      storage=${args.storage}
      density=${args.density}
      label=${args.label || nothing}
      theme=${args.theme}
      heading-level=${args['heading-level']}
    ></reading-path>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
/** The first article marked as read (seeded in localStorage): the progress bar and "Next" marker move on. */
export const PartlyRead: Story = {
  loaders: [
    async () => {
      localStorage.setItem(progressKey, JSON.stringify(['ai-enterprise-scale']));
      return {};
    },
  ],
};
/** Compact: tighter cards, three lines of summary (the density `<topic-hub>` uses). */
export const Compact: Story = { args: { density: 'compact' } };
export const OtherPath: Story = { args: { path: 'classic-engineering-leadership' } };
export const Light: Story = light;
export const Dark: Story = dark;
/** An unknown hub id: the element shows an alert in place of its content and fires `hub-error`. */
export const UnknownHub: Story = unknownHub;
/** An unknown path id: the alert lists the hub's paths. */
export const UnknownPath: Story = { args: { path: 'no-such-path' } };
