import { html } from 'lit';
import type { RelatedHub } from '../../content/bundle-types.js';
import { heading } from '../../internal/heading.js';
import { HubElement } from '../../internal/hub-element.js';
import { sectionStyles } from '../../internal/section.styles.js';

/**
 * @summary Links to the hubs related to this one.
 *
 * @fires hub-error - The hub is unknown or the bundle cannot be read.
 *
 * @csspart heading - The section heading.
 * @csspart list - The list of related hubs.
 * @csspart related-hub - One related hub.
 * @csspart empty - The text shown when the hub names no related hubs.
 * @csspart error - The message shown when the section cannot be shown.
 */
export class RelatedHubs extends HubElement {
  static override styles = [...HubElement.styles, sectionStyles];

  protected override renderContent() {
    const { hub, bundle } = this.content;
    const link = ({ title, url, hub: hubId }: RelatedHub) => {
      const href = url ?? (hubId ? bundle.hubs[hubId]?.url : undefined);
      return href ? html`<a href=${href}>${title}</a>` : title;
    };
    return html`<section aria-labelledby="heading">
      ${heading(this.level, 'Related Hubs', 'heading', 'heading')}
      ${hub.relatedHubs.length
        ? html`<ul class="items" part="list">
            ${hub.relatedHubs.map((related) => html`<li part="related-hub">${link(related)}</li>`)}
          </ul>`
        : html`<p class="quiet" part="empty">No related hubs yet.</p>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'related-hubs': RelatedHubs;
  }
}
