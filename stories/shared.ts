/** What the stories of every element share: the common attributes' controls and story args. */
import type { ArgTypes } from '@storybook/web-components-vite';

export const HUB = 'technical-leadership';

/** Controls for `theme` and `heading-level`, which every element has. */
export const commonArgTypes: Partial<ArgTypes> = {
  theme: {
    control: 'inline-radio',
    options: ['auto', 'light', 'dark'],
    description: 'Colour scheme: `auto` follows `prefers-color-scheme`.',
  },
  'heading-level': { control: { type: 'number', min: 1, max: 6 }, description: "The level of the element's top heading." },
};

/** Controls for elements that show part of a hub. */
export const hubArgTypes: Partial<ArgTypes> = {
  hub: { control: 'text', description: 'Id of the hub to show.' },
  ...commonArgTypes,
  label: {
    control: 'text',
    description: "Names the element's region in place of its heading, so two elements of a kind on one page differ.",
  },
};

/** The control of `density`, for the elements that have it (their defaults differ: see each story's args). */
export const densityArgType: Partial<ArgTypes> = {
  density: {
    control: 'inline-radio',
    options: ['comfortable', 'compact'],
    description: '`compact`: tighter cards, summaries cut short; `comfortable`: room and whole summaries.',
  },
};

export const commonArgs = { theme: 'auto', 'heading-level': 2 };
export const hubArgs = { hub: HUB, ...commonArgs, label: '' };

export const light = { args: { theme: 'light' } };
export const dark = { args: { theme: 'dark' }, parameters: { backgrounds: { value: 'dark' } } };
export const unknownHub = { args: { hub: 'no-such-hub' } };
