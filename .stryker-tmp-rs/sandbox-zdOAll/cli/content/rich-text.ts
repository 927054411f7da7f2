// @ts-nocheck
import { decodeHTML } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { isBundleUrl } from './bundle-schema.js';
import type { BlockNode, InlineNode, InlineText, RichText } from '../../src/content/bundle-types.js';

/**
 * What converting one Markdown text found: an error stops the build, a warning is printed and
 * the text is kept in a simpler form.
 */
export interface RichTextProblems {
  errors: string[];
  warnings: string[];
}

const lexerOptions = { gfm: true } as const;

/**
 * Converts Markdown to the bundle's rich-text tree. The tree holds only paragraphs, lists,
 * emphasis, strong, code and checked links: no markup survives, so nothing in a content file
 * can become script on a page. What the tree cannot hold (headings, quotes, code blocks, tables,
 * images, raw HTML) is kept as plain text and reported as a warning.
 */
export function markdownToRichText(markdown: string, problems: RichTextProblems): RichText {
  return blocks(Lexer.lex(markdown, lexerOptions), problems);
}

/** Converts one line of Markdown (a question, a reason) to inline rich text. */
export function markdownToInlineText(markdown: string, problems: RichTextProblems): InlineText {
  return inline(Lexer.lexInline(markdown.trim(), lexerOptions), problems);
}

function warnOnce(problems: RichTextProblems, message: string) {
  if (!problems.warnings.includes(message)) problems.warnings.push(message);
}

function blocks(tokens: Token[], problems: RichTextProblems): BlockNode[] {
  const out: BlockNode[] = [];
  const paragraph = (children: InlineText) => {
    if (children.length > 0) out.push({ type: 'paragraph', children });
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'paragraph':
        paragraph(inline(token.tokens ?? [], problems));
        break;
      case 'text':
        // Tight list items hold their text as block-level `text` tokens.
        paragraph(inline(token.tokens ?? Lexer.lexInline(token.text, lexerOptions), problems));
        break;
      case 'list':
        out.push({
          type: 'list',
          ordered: (token as Tokens.List).ordered,
          items: (token as Tokens.List).items.map((item) => blocks(item.tokens, problems)),
        });
        break;
      case 'heading':
        warnOnce(problems, 'headings are not shown as headings (the hub has its own); the text is kept as a bold paragraph');
        paragraph([{ type: 'strong', children: inline(token.tokens ?? [], problems) }]);
        break;
      case 'blockquote':
        warnOnce(problems, 'quotes are not shown as quotes; their text is kept as paragraphs');
        out.push(...blocks(token.tokens ?? [], problems));
        break;
      case 'code':
        warnOnce(problems, 'code blocks are shown as inline code');
        paragraph([{ type: 'code', text: token.text }]);
        break;
      case 'table':
        warnOnce(problems, 'tables are not shown as tables; each row is kept as a paragraph');
        for (const row of [(token as Tokens.Table).header, ...(token as Tokens.Table).rows]) {
          paragraph(
            joinInline(
              row.map((cell) => inline(cell.tokens, problems)),
              ' · ',
            ),
          );
        }
        break;
      case 'html':
        warnOnce(problems, 'HTML is not rendered; only its text is kept');
        paragraph(plainText(htmlText(token.text)));
        break;
      case 'space':
      case 'hr':
      case 'def':
        break;
      default:
        warnOnce(problems, `"${token.type}" blocks are not supported; their text is kept`);
        paragraph(plainText(token.raw));
    }
  }
  return out;
}

/** Inline HTML whose text is code, not prose: it is left out whole. */
const codeElementOpening = /^<(script|style)\b/i;
const codeElementClosing = /^<\/(script|style)\b/i;

function inline(tokens: Token[], problems: RichTextProblems): InlineText {
  const out: InlineNode[] = [];
  let insideCodeElement = false;
  const push = (node: InlineNode) => {
    // Adjacent text runs are merged, so the tree stays as small as the text.
    const last = out.at(-1);
    if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node;
    else if (node !== '') out.push(node);
  };
  for (const token of tokens) {
    if (insideCodeElement) {
      insideCodeElement = !(token.type === 'html' && codeElementClosing.test(token.text));
      continue;
    }
    switch (token.type) {
      case 'text':
        if (token.tokens) inline(token.tokens, problems).forEach(push);
        else push(decodeHTML(token.text));
        break;
      case 'escape':
        push(token.text);
        break;
      case 'br':
        push(' ');
        break;
      case 'em':
      case 'strong':
        out.push({ type: token.type, children: inline(token.tokens ?? [], problems) });
        break;
      case 'del':
        warnOnce(problems, 'strikethrough is not shown; the text is kept');
        inline(token.tokens ?? [], problems).forEach(push);
        break;
      case 'codespan':
        out.push({ type: 'code', text: token.text });
        break;
      case 'link': {
        // marked leaves character references in a destination as written; CommonMark (and any
        // HTML made from this tree) reads `&#106;avascript:` as `javascript:`, so check what it means.
        const href = decodeHTML((token as Tokens.Link).href);
        if (!isBundleUrl(href)) {
          problems.errors.push(
            `links to ${JSON.stringify(href)} are not allowed: use http, https, mailto or a relative URL (not //host, no spaces or backslashes)`,
          );
          break;
        }
        out.push({ type: 'link', href, children: inline(token.tokens ?? [], problems) });
        break;
      }
      case 'image':
        warnOnce(problems, 'images are not shown; their alt text is kept');
        push(decodeHTML(token.text));
        break;
      case 'html':
        warnOnce(problems, 'HTML is not rendered; only its text is kept');
        insideCodeElement = codeElementOpening.test(token.text);
        break;
      default:
        warnOnce(problems, `"${token.type}" is not supported; its text is kept`);
        push(token.raw);
    }
  }
  return out;
}

const plainText = (text: string): InlineText => (text.trim() ? [text.trim()] : []);

/** The text of an HTML fragment, without the contents of script and style elements. */
const htmlText = (fragment: string) => decodeHTML(sanitizeHtml(fragment, { allowedTags: [], allowedAttributes: {} }));

function joinInline(parts: InlineText[], separator: string): InlineText {
  return parts.flatMap((part, index) => (index === 0 ? part : [separator, ...part]));
}
