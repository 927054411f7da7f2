/** An element class that names the elements it renders, so defining it defines them too. */
export interface DefinableElement extends CustomElementConstructor {
  dependencies?: Record<string, DefinableElement>;
}

/**
 * Defines `tag` (and the elements it renders) unless the page already has it. Intranet pages
 * often load two teams' copies of this library: the first definition wins, later ones warn
 * instead of throwing.
 */
export function defineElement(tag: string, element: DefinableElement) {
  for (const [dependencyTag, dependency] of Object.entries(element.dependencies ?? {})) {
    defineElement(dependencyTag, dependency);
  }
  const existing = customElements.get(tag);
  if (existing === element) return;
  if (existing) {
    console.warn(`<${tag}> is already defined on this page, probably by another copy of topic-hub-elements; that definition is kept.`);
    return;
  }
  customElements.define(tag, element);
}
