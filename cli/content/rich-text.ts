import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: sanitizeHtml.defaults.allowedTags,
  allowedAttributes: { a: ['href', 'title'], code: ['class'], '*': ['lang'] },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
};

/** Markdown from content files is untrusted: everything it renders to goes through the sanitizer. */
export const renderMarkdown = (markdown: string) =>
  sanitizeHtml(marked.parse(markdown, { async: false, gfm: true }), sanitizeOptions).trim();
export const renderInlineMarkdown = (markdown: string) =>
  sanitizeHtml(marked.parseInline(markdown, { async: false, gfm: true }), sanitizeOptions).trim();
