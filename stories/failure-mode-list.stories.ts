import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { dark, hubArgs, hubArgTypes, light, unknownHub } from './shared.js';

const meta: Meta = {
  title: 'Elements/<failure-mode-list>',
  component: 'failure-mode-list',
  tags: ['autodocs'],
  argTypes: hubArgTypes,
  args: hubArgs,
  render: (args) =>
    html`<failure-mode-list hub=${args.hub} label=${args.label || nothing} theme=${args.theme} heading-level=${args['heading-level']}></failure-mode-list>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
export const Light: Story = light;
export const Dark: Story = dark;
/** An unknown hub id: the element shows an alert in place of its content and fires `hub-error`. */
export const UnknownHub: Story = unknownHub;
