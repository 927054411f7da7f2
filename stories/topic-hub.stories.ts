import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import defaultBundle from '../src/content/default-bundle.js';
import type { ContentBundle } from '../src/index.js';
import '../src/translations/de.js';
import '../src/translations/ar.js';
import { dark, densityArgType, HUB, hubArgs, hubArgTypes, light, unknownHub } from './shared.js';

const meta: Meta = {
  title: 'Elements/<topic-hub>',
  component: 'topic-hub',
  tags: ['autodocs'],
  argTypes: { ...hubArgTypes, ...densityArgType },
  args: { ...hubArgs, density: 'compact' },
  render: (args) =>
    html`<topic-hub
      hub=${args.hub}
      density=${args.density}
      label=${args.label || nothing}
      theme=${args.theme}
      heading-level=${args['heading-level']}
    ></topic-hub>`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};
export const Light: Story = light;
export const Dark: Story = dark;
/** Comfortable density: the reading paths' and references' cards with room and whole summaries, every reference listed. */
export const Comfortable: Story = { args: { density: 'comfortable' } };
/** Named by `label` rather than its title: for a page with two hubs. */
export const Labelled: Story = { args: { label: 'Leadership hub' } };
/** An unknown hub id: the hub shows an alert in place of its content and fires `hub-error`. */
export const UnknownHub: Story = unknownHub;

/** In German: the page (here a box around the hub) says `lang="de"`, and the German table is loaded. */
export const German: Story = {
  decorators: [(story) => html`<div lang="de">${story()}</div>`],
};
/** In Arabic, right to left: `lang="ar" dir="rtl"` around the hub mirrors the layout; the hub's English text is marked `lang="en"`. */
export const ArabicRightToLeft: Story = {
  decorators: [(story) => html`<div lang="ar" dir="rtl">${story()}</div>`],
};

/**
 * A page's brand, applied only through the documented `--hub-*` custom properties and
 * `::part()`s: no other selector reaches inside the element.
 */
export const BrandTheme: Story = {
  args: { theme: 'light' },
  decorators: [
    (story) => html`<style>
        .brand topic-hub {
          --hub-font-family: Georgia, 'Times New Roman', serif;
          --hub-color-text: #2b1d0e;
          --hub-color-text-quiet: #5c4a36;
          --hub-color-surface: #fffaf2;
          --hub-color-surface-raised: #f6ead8;
          --hub-color-border: #d9c3a5;
          --hub-color-accent: #8a3b12;
          --hub-color-accent-contrast: #ffffff;
          --hub-color-badge: #6b4f00;
          --hub-radius: 0;
          --hub-space-l: 2rem;
        }
        .brand topic-hub::part(hub) {
          border-top: 6px solid #8a3b12;
        }
        .brand topic-hub::part(title) {
          text-transform: uppercase;
          letter-spacing: 0.05em;
        }
        .brand topic-hub::part(card) {
          box-shadow: 0 1px 3px rgb(0 0 0 / 0.15);
        }
      </style>
      <div class="brand">${story()}</div>`,
  ],
};

/** A bundle with many more references than the built-in one (each article six times). */
function longBundle(): ContentBundle {
  const bundle = structuredClone(defaultBundle) as ContentBundle;
  const hub = bundle.hubs[HUB];
  const originals = Object.values(bundle.articles);
  for (let copy = 2; copy <= 6; copy++) {
    for (const article of originals) {
      const id = `${article.id}-copy-${copy}`;
      bundle.articles[id] = { ...article, id, title: `${article.title} (${copy})` };
      hub.references.push(id);
    }
  }
  return bundle;
}

/** A long content hub: about 190 references, to check the layout and the filters at length. */
export const LongContent: Story = {
  render: (args) =>
    html`<topic-hub hub=${args.hub} theme=${args.theme} heading-level=${args['heading-level']} .bundle=${longBundle()}></topic-hub>`,
};
