// @ts-nocheck
import { assert, expect } from '@open-wc/testing';
import '../../src/key-questions.js';
import '../../src/topic-hub.js';
import type { KeyQuestions } from '../../src/key-questions.js';
import {
  composedText,
  deepQuery,
  deepQueryAll,
  defaultBundle,
  headingOutline,
  hubMarkdown,
  renderElement,
  textOf,
  itFollowsTheHubErrorContract,
} from '../helpers.js';
import { seedHub } from '../fixtures/seed-facts.js';

const renderQuestions = (attributes = 'hub="technical-leadership"') =>
  renderElement<KeyQuestions>(`<key-questions ${attributes}></key-questions>`);

const questionsOf = (root: Element) => deepQueryAll(root, '[part~="question"]').map(textOf);

describe('<key-questions>', () => {
  it('asks the hub questions in order, as a list under its heading', async () => {
    const element = await renderQuestions();
    const expected = (await hubMarkdown()).questions;
    expect(expected).to.have.length(seedHub.questionCount);
    expect(questionsOf(element)).to.deep.equal(expected);
    questionsOf(element).forEach((question) => expect(question).to.match(/\?$/));
    expect(deepQuery(element, '[part~="list"]').localName).to.equal('ul');
    expect(textOf(deepQuery(element, '[part~="heading"]'))).to.equal(seedHub.questionsHeading);
  });

  it('heads the section at heading-level (2 by default)', async () => {
    expect(headingOutline(await renderQuestions())).to.deep.equal(['h2 Leadership Questions That Matter']);
    expect(headingOutline(await renderQuestions('hub="technical-leadership" heading-level="4"'))).to.deep.equal([
      'h4 Leadership Questions That Matter',
    ]);
  });

  it('shows the questions of the bundle it is given', async () => {
    const bundle = structuredClone(defaultBundle());
    bundle.hubs['technical-leadership'].questions = [['Who owns ', { type: 'em', children: ['this'] }, '?']];
    const element = document.createElement('key-questions');
    element.hub = 'technical-leadership';
    element.bundle = bundle;
    const container = await renderElement('<div></div>');
    container.append(element);
    await element.updateComplete;
    expect(questionsOf(element)).to.deep.equal(['Who owns this?']);
    assert.exists(deepQuery(element, '[part~="question"] em'));
  });

  itFollowsTheHubErrorContract('key-questions');

  it('asks the same questions inside <topic-hub> as alone', async () => {
    const alone = await renderQuestions();
    const inside = deepQuery(await renderElement('<topic-hub hub="technical-leadership"></topic-hub>'), 'key-questions');
    expect(composedText(inside)).to.equal(composedText(alone));
    expect(headingOutline(inside)).to.deep.equal(['h3 Leadership Questions That Matter']);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} scheme`, async () => {
      await expect(await renderQuestions(`hub="technical-leadership" theme="${theme}"`)).to.be.accessible();
    });
  }
});
