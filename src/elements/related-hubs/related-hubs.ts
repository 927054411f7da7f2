import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RelatedHub } from '../../content/bundle-types.js';
import { HubElement } from '../../internal/hub-element.js';
import { safeUrl } from '../../internal/safe-url.js';
import { sectionStyles } from '../../internal/section.styles.js';
import { relatedHubsStyles } from './related-hubs.styles.js';

/**
 * @summary Links to the hubs related to this one: to a hub of the same bundle, its page. Renders
 * nothing when the hub names no related hubs.
 *
 * @fires {CustomEvent<HubErrorDetail>} hub-error - The hub is unknown or the bundle cannot be read.
 *
 * @csspart heading - The section heading.
 * @csspart list - The list of related hubs.
 * @csspart related-hub - One related hub.
 * @csspart error - The message shown when the section cannot be shown.
 */
export class RelatedHubs extends HubElement {
  static override styles = [...HubElement.styles, sectionStyles, relatedHubsStyles];

  protected override renderContent() {
    const { hub, bundle } = this.content;
    const link = ({ title, url, hub: hubId }: RelatedHub) => {
      const sameBundleHub = hubId && Object.hasOwn(bundle.hubs, hubId) ? bundle.hubs[hubId] : undefined;
      const href = safeUrl(url ?? sameBundleHub?.url);
      return href ? html`<a class="tile" href=${href}><span>${title}</span></a>` : html`<span class="tile">${title}</span>`;
    };
    if (hub.relatedHubs.length === 0) return nothing;
    const region = this.regionName('heading');
    return html`<section aria-labelledby=${region.labelledBy} aria-label=${region.label}>
      ${this.sectionHeading('relatedHubs')}
      <ul part="list" lang=${ifDefined(this.hubLang)}>
        ${hub.relatedHubs.map((related) => html`<li part="related-hub">${link(related)}</li>`)}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'related-hubs': RelatedHubs;
  }
}
