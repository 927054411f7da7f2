// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
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
const lexerOptions = {
  gfm: true
} as const;

/**
 * Converts Markdown to the bundle's rich-text tree. The tree holds only paragraphs, lists,
 * emphasis, strong, code and checked links: no markup survives, so nothing in a content file
 * can become script on a page. What the tree cannot hold (headings, quotes, code blocks, tables,
 * images, raw HTML) is kept as plain text and reported as a warning.
 */
export function markdownToRichText(markdown: string, problems: RichTextProblems): RichText {
  if (stryMutAct_9fa48("293")) {
    {}
  } else {
    stryCov_9fa48("293");
    return blocks(Lexer.lex(markdown, lexerOptions), problems);
  }
}

/** Converts one line of Markdown (a question, a reason) to inline rich text. */
export function markdownToInlineText(markdown: string, problems: RichTextProblems): InlineText {
  if (stryMutAct_9fa48("294")) {
    {}
  } else {
    stryCov_9fa48("294");
    return inline(Lexer.lexInline(stryMutAct_9fa48("295") ? markdown : (stryCov_9fa48("295"), markdown.trim()), lexerOptions), problems);
  }
}
function warnOnce(problems: RichTextProblems, message: string) {
  if (stryMutAct_9fa48("296")) {
    {}
  } else {
    stryCov_9fa48("296");
    if (stryMutAct_9fa48("299") ? false : stryMutAct_9fa48("298") ? true : stryMutAct_9fa48("297") ? problems.warnings.includes(message) : (stryCov_9fa48("297", "298", "299"), !problems.warnings.includes(message))) problems.warnings.push(message);
  }
}
function blocks(tokens: Token[], problems: RichTextProblems): BlockNode[] {
  if (stryMutAct_9fa48("300")) {
    {}
  } else {
    stryCov_9fa48("300");
    const out: BlockNode[] = stryMutAct_9fa48("301") ? ["Stryker was here"] : (stryCov_9fa48("301"), []);
    const paragraph = (children: InlineText) => {
      if (stryMutAct_9fa48("302")) {
        {}
      } else {
        stryCov_9fa48("302");
        if (stryMutAct_9fa48("306") ? children.length <= 0 : stryMutAct_9fa48("305") ? children.length >= 0 : stryMutAct_9fa48("304") ? false : stryMutAct_9fa48("303") ? true : (stryCov_9fa48("303", "304", "305", "306"), children.length > 0)) out.push(stryMutAct_9fa48("307") ? {} : (stryCov_9fa48("307"), {
          type: stryMutAct_9fa48("308") ? "" : (stryCov_9fa48("308"), 'paragraph'),
          children
        }));
      }
    };
    for (const token of tokens) {
      if (stryMutAct_9fa48("309")) {
        {}
      } else {
        stryCov_9fa48("309");
        switch (token.type) {
          case stryMutAct_9fa48("311") ? "" : (stryCov_9fa48("311"), 'paragraph'):
            if (stryMutAct_9fa48("310")) {} else {
              stryCov_9fa48("310");
              paragraph(inline(stryMutAct_9fa48("312") ? token.tokens && [] : (stryCov_9fa48("312"), token.tokens ?? (stryMutAct_9fa48("313") ? ["Stryker was here"] : (stryCov_9fa48("313"), []))), problems));
              break;
            }
          case stryMutAct_9fa48("315") ? "" : (stryCov_9fa48("315"), 'text'):
            if (stryMutAct_9fa48("314")) {} else {
              stryCov_9fa48("314");
              // Tight list items hold their text as block-level `text` tokens.
              paragraph(inline(stryMutAct_9fa48("316") ? token.tokens && Lexer.lexInline(token.text, lexerOptions) : (stryCov_9fa48("316"), token.tokens ?? Lexer.lexInline(token.text, lexerOptions)), problems));
              break;
            }
          case stryMutAct_9fa48("318") ? "" : (stryCov_9fa48("318"), 'list'):
            if (stryMutAct_9fa48("317")) {} else {
              stryCov_9fa48("317");
              out.push(stryMutAct_9fa48("319") ? {} : (stryCov_9fa48("319"), {
                type: stryMutAct_9fa48("320") ? "" : (stryCov_9fa48("320"), 'list'),
                ordered: (token as Tokens.List).ordered,
                items: (token as Tokens.List).items.map(stryMutAct_9fa48("321") ? () => undefined : (stryCov_9fa48("321"), item => blocks(item.tokens, problems)))
              }));
              break;
            }
          case stryMutAct_9fa48("323") ? "" : (stryCov_9fa48("323"), 'heading'):
            if (stryMutAct_9fa48("322")) {} else {
              stryCov_9fa48("322");
              warnOnce(problems, stryMutAct_9fa48("324") ? "" : (stryCov_9fa48("324"), 'headings are not shown as headings (the hub has its own); the text is kept as a bold paragraph'));
              paragraph(stryMutAct_9fa48("325") ? [] : (stryCov_9fa48("325"), [stryMutAct_9fa48("326") ? {} : (stryCov_9fa48("326"), {
                type: stryMutAct_9fa48("327") ? "" : (stryCov_9fa48("327"), 'strong'),
                children: inline(stryMutAct_9fa48("328") ? token.tokens && [] : (stryCov_9fa48("328"), token.tokens ?? (stryMutAct_9fa48("329") ? ["Stryker was here"] : (stryCov_9fa48("329"), []))), problems)
              })]));
              break;
            }
          case stryMutAct_9fa48("331") ? "" : (stryCov_9fa48("331"), 'blockquote'):
            if (stryMutAct_9fa48("330")) {} else {
              stryCov_9fa48("330");
              warnOnce(problems, stryMutAct_9fa48("332") ? "" : (stryCov_9fa48("332"), 'quotes are not shown as quotes; their text is kept as paragraphs'));
              out.push(...blocks(stryMutAct_9fa48("333") ? token.tokens && [] : (stryCov_9fa48("333"), token.tokens ?? (stryMutAct_9fa48("334") ? ["Stryker was here"] : (stryCov_9fa48("334"), []))), problems));
              break;
            }
          case stryMutAct_9fa48("336") ? "" : (stryCov_9fa48("336"), 'code'):
            if (stryMutAct_9fa48("335")) {} else {
              stryCov_9fa48("335");
              warnOnce(problems, stryMutAct_9fa48("337") ? "" : (stryCov_9fa48("337"), 'code blocks are shown as inline code'));
              paragraph(stryMutAct_9fa48("338") ? [] : (stryCov_9fa48("338"), [stryMutAct_9fa48("339") ? {} : (stryCov_9fa48("339"), {
                type: stryMutAct_9fa48("340") ? "" : (stryCov_9fa48("340"), 'code'),
                text: token.text
              })]));
              break;
            }
          case stryMutAct_9fa48("342") ? "" : (stryCov_9fa48("342"), 'table'):
            if (stryMutAct_9fa48("341")) {} else {
              stryCov_9fa48("341");
              warnOnce(problems, stryMutAct_9fa48("343") ? "" : (stryCov_9fa48("343"), 'tables are not shown as tables; each row is kept as a paragraph'));
              for (const row of stryMutAct_9fa48("344") ? [] : (stryCov_9fa48("344"), [(token as Tokens.Table).header, ...(token as Tokens.Table).rows])) {
                if (stryMutAct_9fa48("345")) {
                  {}
                } else {
                  stryCov_9fa48("345");
                  paragraph(joinInline(row.map(stryMutAct_9fa48("346") ? () => undefined : (stryCov_9fa48("346"), cell => inline(cell.tokens, problems))), stryMutAct_9fa48("347") ? "" : (stryCov_9fa48("347"), ' · ')));
                }
              }
              break;
            }
          case stryMutAct_9fa48("349") ? "" : (stryCov_9fa48("349"), 'html'):
            if (stryMutAct_9fa48("348")) {} else {
              stryCov_9fa48("348");
              warnOnce(problems, stryMutAct_9fa48("350") ? "" : (stryCov_9fa48("350"), 'HTML is not rendered; only its text is kept'));
              paragraph(plainText(htmlText(token.text)));
              break;
            }
          case stryMutAct_9fa48("351") ? "" : (stryCov_9fa48("351"), 'space'):
          case stryMutAct_9fa48("352") ? "" : (stryCov_9fa48("352"), 'hr'):
          case stryMutAct_9fa48("354") ? "" : (stryCov_9fa48("354"), 'def'):
            if (stryMutAct_9fa48("353")) {} else {
              stryCov_9fa48("353");
              break;
            }
          default:
            if (stryMutAct_9fa48("355")) {} else {
              stryCov_9fa48("355");
              warnOnce(problems, stryMutAct_9fa48("356") ? `` : (stryCov_9fa48("356"), `"${token.type}" blocks are not supported; their text is kept`));
              paragraph(plainText(token.raw));
            }
        }
      }
    }
    return out;
  }
}

/** Inline HTML whose text is code, not prose: it is left out whole. */
const codeElementOpening = stryMutAct_9fa48("357") ? /<(script|style)\b/i : (stryCov_9fa48("357"), /^<(script|style)\b/i);
const codeElementClosing = stryMutAct_9fa48("358") ? /<\/(script|style)\b/i : (stryCov_9fa48("358"), /^<\/(script|style)\b/i);
function inline(tokens: Token[], problems: RichTextProblems): InlineText {
  if (stryMutAct_9fa48("359")) {
    {}
  } else {
    stryCov_9fa48("359");
    const out: InlineNode[] = stryMutAct_9fa48("360") ? ["Stryker was here"] : (stryCov_9fa48("360"), []);
    let insideCodeElement = stryMutAct_9fa48("361") ? true : (stryCov_9fa48("361"), false);
    const push = (node: InlineNode) => {
      if (stryMutAct_9fa48("362")) {
        {}
      } else {
        stryCov_9fa48("362");
        // Adjacent text runs are merged, so the tree stays as small as the text.
        const last = out.at(stryMutAct_9fa48("363") ? +1 : (stryCov_9fa48("363"), -1));
        if (stryMutAct_9fa48("366") ? typeof node === 'string' || typeof last === 'string' : stryMutAct_9fa48("365") ? false : stryMutAct_9fa48("364") ? true : (stryCov_9fa48("364", "365", "366"), (stryMutAct_9fa48("368") ? typeof node !== 'string' : stryMutAct_9fa48("367") ? true : (stryCov_9fa48("367", "368"), typeof node === (stryMutAct_9fa48("369") ? "" : (stryCov_9fa48("369"), 'string')))) && (stryMutAct_9fa48("371") ? typeof last !== 'string' : stryMutAct_9fa48("370") ? true : (stryCov_9fa48("370", "371"), typeof last === (stryMutAct_9fa48("372") ? "" : (stryCov_9fa48("372"), 'string')))))) out[stryMutAct_9fa48("373") ? out.length + 1 : (stryCov_9fa48("373"), out.length - 1)] = stryMutAct_9fa48("374") ? last - node : (stryCov_9fa48("374"), last + node);else if (stryMutAct_9fa48("377") ? node === '' : stryMutAct_9fa48("376") ? false : stryMutAct_9fa48("375") ? true : (stryCov_9fa48("375", "376", "377"), node !== (stryMutAct_9fa48("378") ? "Stryker was here!" : (stryCov_9fa48("378"), '')))) out.push(node);
      }
    };
    for (const token of tokens) {
      if (stryMutAct_9fa48("379")) {
        {}
      } else {
        stryCov_9fa48("379");
        if (stryMutAct_9fa48("381") ? false : stryMutAct_9fa48("380") ? true : (stryCov_9fa48("380", "381"), insideCodeElement)) {
          if (stryMutAct_9fa48("382")) {
            {}
          } else {
            stryCov_9fa48("382");
            insideCodeElement = stryMutAct_9fa48("383") ? token.type === 'html' && codeElementClosing.test(token.text) : (stryCov_9fa48("383"), !(stryMutAct_9fa48("386") ? token.type === 'html' || codeElementClosing.test(token.text) : stryMutAct_9fa48("385") ? false : stryMutAct_9fa48("384") ? true : (stryCov_9fa48("384", "385", "386"), (stryMutAct_9fa48("388") ? token.type !== 'html' : stryMutAct_9fa48("387") ? true : (stryCov_9fa48("387", "388"), token.type === (stryMutAct_9fa48("389") ? "" : (stryCov_9fa48("389"), 'html')))) && codeElementClosing.test(token.text))));
            continue;
          }
        }
        switch (token.type) {
          case stryMutAct_9fa48("391") ? "" : (stryCov_9fa48("391"), 'text'):
            if (stryMutAct_9fa48("390")) {} else {
              stryCov_9fa48("390");
              if (stryMutAct_9fa48("393") ? false : stryMutAct_9fa48("392") ? true : (stryCov_9fa48("392", "393"), token.tokens)) inline(token.tokens, problems).forEach(push);else push(decodeHTML(token.text));
              break;
            }
          case stryMutAct_9fa48("395") ? "" : (stryCov_9fa48("395"), 'escape'):
            if (stryMutAct_9fa48("394")) {} else {
              stryCov_9fa48("394");
              push(token.text);
              break;
            }
          case stryMutAct_9fa48("397") ? "" : (stryCov_9fa48("397"), 'br'):
            if (stryMutAct_9fa48("396")) {} else {
              stryCov_9fa48("396");
              push(stryMutAct_9fa48("398") ? "" : (stryCov_9fa48("398"), ' '));
              break;
            }
          case stryMutAct_9fa48("399") ? "" : (stryCov_9fa48("399"), 'em'):
          case stryMutAct_9fa48("401") ? "" : (stryCov_9fa48("401"), 'strong'):
            if (stryMutAct_9fa48("400")) {} else {
              stryCov_9fa48("400");
              out.push(stryMutAct_9fa48("402") ? {} : (stryCov_9fa48("402"), {
                type: token.type,
                children: inline(stryMutAct_9fa48("403") ? token.tokens && [] : (stryCov_9fa48("403"), token.tokens ?? (stryMutAct_9fa48("404") ? ["Stryker was here"] : (stryCov_9fa48("404"), []))), problems)
              }));
              break;
            }
          case stryMutAct_9fa48("406") ? "" : (stryCov_9fa48("406"), 'del'):
            if (stryMutAct_9fa48("405")) {} else {
              stryCov_9fa48("405");
              warnOnce(problems, stryMutAct_9fa48("407") ? "" : (stryCov_9fa48("407"), 'strikethrough is not shown; the text is kept'));
              inline(stryMutAct_9fa48("408") ? token.tokens && [] : (stryCov_9fa48("408"), token.tokens ?? (stryMutAct_9fa48("409") ? ["Stryker was here"] : (stryCov_9fa48("409"), []))), problems).forEach(push);
              break;
            }
          case stryMutAct_9fa48("411") ? "" : (stryCov_9fa48("411"), 'codespan'):
            if (stryMutAct_9fa48("410")) {} else {
              stryCov_9fa48("410");
              out.push(stryMutAct_9fa48("412") ? {} : (stryCov_9fa48("412"), {
                type: stryMutAct_9fa48("413") ? "" : (stryCov_9fa48("413"), 'code'),
                text: token.text
              }));
              break;
            }
          case stryMutAct_9fa48("415") ? "" : (stryCov_9fa48("415"), 'link'):
            if (stryMutAct_9fa48("414")) {} else {
              stryCov_9fa48("414");
              {
                if (stryMutAct_9fa48("416")) {
                  {}
                } else {
                  stryCov_9fa48("416");
                  // marked leaves character references in a destination as written; CommonMark (and any
                  // HTML made from this tree) reads `&#106;avascript:` as `javascript:`, so check what it means.
                  const href = decodeHTML((token as Tokens.Link).href);
                  if (stryMutAct_9fa48("419") ? false : stryMutAct_9fa48("418") ? true : stryMutAct_9fa48("417") ? isBundleUrl(href) : (stryCov_9fa48("417", "418", "419"), !isBundleUrl(href))) {
                    if (stryMutAct_9fa48("420")) {
                      {}
                    } else {
                      stryCov_9fa48("420");
                      problems.errors.push(stryMutAct_9fa48("421") ? `` : (stryCov_9fa48("421"), `links to ${JSON.stringify(href)} are not allowed: use http, https, mailto or a relative URL (not //host, no spaces or backslashes)`));
                      break;
                    }
                  }
                  out.push(stryMutAct_9fa48("422") ? {} : (stryCov_9fa48("422"), {
                    type: stryMutAct_9fa48("423") ? "" : (stryCov_9fa48("423"), 'link'),
                    href,
                    children: inline(stryMutAct_9fa48("424") ? token.tokens && [] : (stryCov_9fa48("424"), token.tokens ?? (stryMutAct_9fa48("425") ? ["Stryker was here"] : (stryCov_9fa48("425"), []))), problems)
                  }));
                  break;
                }
              }
            }
          case stryMutAct_9fa48("427") ? "" : (stryCov_9fa48("427"), 'image'):
            if (stryMutAct_9fa48("426")) {} else {
              stryCov_9fa48("426");
              warnOnce(problems, stryMutAct_9fa48("428") ? "" : (stryCov_9fa48("428"), 'images are not shown; their alt text is kept'));
              push(decodeHTML(token.text));
              break;
            }
          case stryMutAct_9fa48("430") ? "" : (stryCov_9fa48("430"), 'html'):
            if (stryMutAct_9fa48("429")) {} else {
              stryCov_9fa48("429");
              warnOnce(problems, stryMutAct_9fa48("431") ? "" : (stryCov_9fa48("431"), 'HTML is not rendered; only its text is kept'));
              insideCodeElement = codeElementOpening.test(token.text);
              break;
            }
          default:
            if (stryMutAct_9fa48("432")) {} else {
              stryCov_9fa48("432");
              warnOnce(problems, stryMutAct_9fa48("433") ? `` : (stryCov_9fa48("433"), `"${token.type}" is not supported; its text is kept`));
              push(token.raw);
            }
        }
      }
    }
    return out;
  }
}
const plainText = stryMutAct_9fa48("434") ? () => undefined : (stryCov_9fa48("434"), (() => {
  const plainText = (text: string): InlineText => (stryMutAct_9fa48("435") ? text : (stryCov_9fa48("435"), text.trim())) ? stryMutAct_9fa48("436") ? [] : (stryCov_9fa48("436"), [stryMutAct_9fa48("437") ? text : (stryCov_9fa48("437"), text.trim())]) : stryMutAct_9fa48("438") ? ["Stryker was here"] : (stryCov_9fa48("438"), []);
  return plainText;
})());

/** The text of an HTML fragment, without the contents of script and style elements. */
const htmlText = stryMutAct_9fa48("439") ? () => undefined : (stryCov_9fa48("439"), (() => {
  const htmlText = (fragment: string) => decodeHTML(sanitizeHtml(fragment, stryMutAct_9fa48("440") ? {} : (stryCov_9fa48("440"), {
    allowedTags: stryMutAct_9fa48("441") ? ["Stryker was here"] : (stryCov_9fa48("441"), []),
    allowedAttributes: {}
  })));
  return htmlText;
})());
function joinInline(parts: InlineText[], separator: string): InlineText {
  if (stryMutAct_9fa48("442")) {
    {}
  } else {
    stryCov_9fa48("442");
    return parts.flatMap(stryMutAct_9fa48("443") ? () => undefined : (stryCov_9fa48("443"), (part, index) => (stryMutAct_9fa48("446") ? index !== 0 : stryMutAct_9fa48("445") ? false : stryMutAct_9fa48("444") ? true : (stryCov_9fa48("444", "445", "446"), index === 0)) ? part : stryMutAct_9fa48("447") ? [] : (stryCov_9fa48("447"), [separator, ...part])));
  }
}