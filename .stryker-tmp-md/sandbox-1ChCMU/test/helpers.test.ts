// @ts-nocheck
import { expect, fixture } from '@open-wc/testing';
import { LitElement } from 'lit';
import { settled } from './helpers.js';

/** An element that, once told to, keeps updating for longer than settled() waits: each update schedules the next. */
class RestlessElement extends LitElement {
  restlessUpdates = 0;
  protected override updated() {
    if (this.restlessUpdates-- > 0) this.requestUpdate();
  }
}
customElements.define('restless-element', RestlessElement);

describe('test helpers', () => {
  it('settled() names the element that is still updating instead of returning as if all were rendered', async () => {
    const container = await fixture<HTMLDivElement>('<div><section><restless-element id="loop"></restless-element></section></div>');
    const restless = container.querySelector<RestlessElement>('restless-element')!;
    await settled(container);
    restless.restlessUpdates = 20;
    restless.requestUpdate();
    let failure: unknown;
    try {
      await settled(container);
    } catch (error) {
      failure = error;
    }
    expect(String(failure)).to.contain('<restless-element#loop>');
  });
});
