// @ts-nocheck
import { html, type TemplateResult } from 'lit';
import type { BlockNode, InlineNode, InlineText, RichText } from '../content/bundle-types.js';
import { safeUrl } from './safe-url.js';

/**
 * Renders the bundle's rich text through Lit templates: every string becomes a text node and
 * every link's URL is checked, so no bundle can put markup or script on the page. The bundle
 * check (bundle-check.ts) has already refused node types and depths other than these.
 */
export function renderInlineText(nodes: InlineText): unknown[] {
  return nodes.map(renderInlineNode);
}

function renderInlineNode(node: InlineNode): unknown {
  if (typeof node === 'string') return node;
  switch (node.type) {
    case 'em':
      return html`<em>${renderInlineText(node.children)}</em>`;
    case 'strong':
      return html`<strong>${renderInlineText(node.children)}</strong>`;
    case 'code':
      return html`<code>${node.text}</code>`;
    case 'link': {
      const href = safeUrl(node.href);
      // A link the runtime will not follow still shows its text.
      return href === undefined ? renderInlineText(node.children) : html`<a href=${href}>${renderInlineText(node.children)}</a>`;
    }
  }
}

export function renderRichText(blocks: RichText): TemplateResult[] {
  return blocks.map(renderBlock);
}

function renderBlock(block: BlockNode): TemplateResult {
  if (block.type === 'paragraph') return html`<p>${renderInlineText(block.children)}</p>`;
  const items = block.items.map((item) => html`<li>${renderRichText(item)}</li>`);
  return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
}
