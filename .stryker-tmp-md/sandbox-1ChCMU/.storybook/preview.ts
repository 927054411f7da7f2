// @ts-nocheck
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Written by `npm run analyze` from the elements' JSDoc: fills the docs pages' API tables.
import customElements from '../custom-elements.json';
// Registers every element.
import '../src/index.ts';

setCustomElementsManifest(customElements);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
