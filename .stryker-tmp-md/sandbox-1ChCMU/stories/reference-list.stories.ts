// @ts-nocheck
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { dark, hubArgs, hubArgTypes, light, unknownHub } from './shared.js';

const meta: Meta = {
  title: 'Elements/<reference-list>',
  component: 'reference-list',
  tags: ['autodocs'],
  argTypes: {
    ...hubArgTypes,
    tags: { control: 'text', description: 'Selected tags, space-separated.' },
  },
  args: { ...hubArgs, tags: '' },
  render: (args) =>
    html`<reference-list hub=${args.hub} tags=${args.tags} theme=${args.theme} heading-level=${args['heading-level']}></reference-list>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
/** Preselected tag filters. */
export const FilteredByTag: Story = { args: { tags: 'ai' } };
export const Light: Story = light;
export const Dark: Story = dark;
/** An unknown hub id: the element shows an alert in place of its content and fires `hub-error`. */
export const UnknownHub: Story = unknownHub;
