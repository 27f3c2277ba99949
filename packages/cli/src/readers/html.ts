import { Parser } from 'htmlparser2';
import { decodeText } from './text.js';
import { nonEmpty, type ReadResult } from './types.js';

// Elements whose content is not the page's text: code, styling, navigation and page furniture.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'nav', 'svg', 'head', 'iframe', 'object', 'button']);
// Elements that start a new block of text.
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'td',
  'th',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'dl',
  'figure',
  'figcaption',
  'hr',
  'title',
  'address',
  'form',
  'fieldset',
  'caption',
]);

/** The text of an HTML page, not its markup: scripts, styles and navigation dropped, one blank line between blocks. */
export function htmlToText(html: string): string {
  const blocks: string[] = [];
  let current = '';
  let skipDepth = 0;
  const flush = () => {
    const t = current.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (t.length > 0) blocks.push(t);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth++;
        else if (BLOCK.has(name)) flush();
        // A superscript (a footnote mark) is set apart from what it follows: `2015<sup>4</sup>` read as `20154`
        // is no year, and `(2015)<sup>3</sup>` no resolution year.
        else if (name === 'sup' && skipDepth === 0 && /\S$/.test(current)) current += ' ';
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCK.has(name)) flush();
      },
      ontext(text) {
        if (skipDepth === 0) current += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return blocks.join('\n\n') + (blocks.length > 0 ? '\n' : '');
}

/** Decode an HTML file's bytes like a text file, then keep its text. */
export function readHtml(bytes: Uint8Array, encoding?: string): ReadResult {
  const decoded = decodeText(bytes, encoding);
  if ('problem' in decoded) return decoded;
  return nonEmpty(htmlToText(decoded.text), 'html', 'the HTML page holds no text');
}
