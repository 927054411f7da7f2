import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Written by `npm run analyze` from the elements' JSDoc: fills the docs pages' API tables.
import customElements from '../custom-elements.json';
// Registers every element.
import '../src/index.ts';

interface Named {
  name: string;
  attribute?: string;
}
interface Declaration {
  members?: Named[];
  cssParts?: Named[];
}

/**
 * Storybook keys its API table by name alone, so a part named like an attribute (`hub`) replaces
 * the attribute's row, and a property with an attribute shows twice (`headingLevel` and
 * `heading-level`). Name each part as it is used, `::part(hub)`, and list a property under
 * Properties only when it has no attribute (`bundle`).
 */
function docsView(manifest: typeof customElements) {
  const view = structuredClone(manifest);
  for (const declaration of view.modules.flatMap((module) => module.declarations as Declaration[])) {
    declaration.members = declaration.members?.filter((member) => !member.attribute);
    for (const part of declaration.cssParts ?? []) part.name = `::part(${part.name})`;
  }
  return view;
}

setCustomElementsManifest(docsView(customElements));

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
