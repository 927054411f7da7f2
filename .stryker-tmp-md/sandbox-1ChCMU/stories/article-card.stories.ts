// @ts-nocheck
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { commonArgs, commonArgTypes, dark, light } from './shared.js';

const meta: Meta = {
  title: 'Elements/<article-card>',
  component: 'article-card',
  tags: ['autodocs'],
  argTypes: {
    article: { control: 'text', description: 'Id of the article to show.' },
    label: { control: 'text', description: "A shorter title to show instead of the article's own." },
    ...commonArgTypes,
  },
  args: { article: 'ai-enterprise-scale', label: '', ...commonArgs },
  render: (args) =>
    html`<article-card
      article=${args.article}
      label=${ifDefined(args.label || undefined)}
      theme=${args.theme}
      heading-level=${args['heading-level']}
    ></article-card>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
/** A shorter title instead of the article's own. */
export const WithLabel: Story = { args: { label: 'Scaling AI' } };
export const Light: Story = light;
export const Dark: Story = dark;
/** An unknown article id: the card shows an alert and fires `hub-error`. */
export const UnknownArticle: Story = { args: { article: 'no-such-article' } };
