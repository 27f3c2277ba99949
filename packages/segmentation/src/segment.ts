import type { Block, Document, NormalizedText, Segment } from '@untk/core';
import { splitSentences, type Range } from './sentences.js';
import { eachToken, primaryLanguage, type TokenSink } from './tokens.js';

export interface SegmentOptions {
  /** Word tokens too (default true). Without them jieba is never loaded. */
  tokens?: boolean;
  /** Part-of-speech tags on the tokens of Chinese sentences (jieba's tagset; `nt` for organisations). */
  pos?: boolean;
}

/** The paragraph and heading blocks of the normalised text; the whole text when the normaliser gave none. */
function blocksOf(norm: NormalizedText): readonly Block[] {
  if (norm.blocks.length > 0 || norm.text.length === 0) return norm.blocks;
  return [{ kind: 'paragraph', start: 0, end: norm.text.length }];
}

/** The sentences of the normalised text, as ranges of it, block by block. */
export function sentences(doc: Pick<Document, 'lang'>, norm: NormalizedText): Range[] {
  return blocksOf(norm).flatMap((b) => splitSentences(norm.text, b.start, b.end, doc.lang));
}

/**
 * Segment a document: its paragraphs and headings (from the normaliser's blocks), sentences and word
 * tokens, in document order (by start; a block before its first sentence, a sentence before its first
 * token). Offsets are into the original text (`doc.text`); `text` is the normalised text of the segment.
 * Chinese sentences are cut by jieba with the UN dictionary, others by `Intl.Segmenter`.
 */
export function segment(doc: Pick<Document, 'lang'>, norm: NormalizedText, options: SegmentOptions = {}): Segment[] {
  const withTokens = options.tokens !== false;
  const pos = options.pos === true;
  const { text, starts, ends } = norm;
  const lang = primaryLanguage(doc.lang);
  const out: Segment[] = [];
  // The sentence being tokenised: token offsets are relative to it. One sink for the whole document.
  let base = 0;
  // Token text is the segmenter's word, which is the normalised text at the token's offsets.
  const sink: TokenSink = (s, e, word, tag) => {
    const start = starts[base + s] ?? 0;
    const end = ends[base + e - 1] ?? 0;
    out.push(
      tag === undefined ? { kind: 'token', start, end, text: word } : { kind: 'token', start, end, text: word, tag },
    );
  };
  for (const block of blocksOf(norm)) {
    out.push({
      kind: block.kind,
      start: starts[block.start] ?? 0,
      end: ends[block.end - 1] ?? 0,
      text: text.slice(block.start, block.end),
    });
    for (const sentence of splitSentences(text, block.start, block.end, doc.lang)) {
      const sentenceText = text.slice(sentence.start, sentence.end);
      out.push({
        kind: 'sentence',
        start: starts[sentence.start] ?? 0,
        end: ends[sentence.end - 1] ?? 0,
        text: sentenceText,
      });
      if (!withTokens) continue;
      base = sentence.start;
      eachToken(sentenceText, lang, pos, sink);
    }
  }
  return out;
}
