import type { Block, Document, NormalizedText, Segment } from '@untk/core';
import { splitSentences, type Range } from './sentences.js';
import { eachToken, primaryLanguage } from './tokens.js';

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
  const make = (kind: Segment['kind'], s: number, e: number, tag?: string): Segment => {
    const seg: Segment = { kind, start: starts[s] ?? 0, end: ends[e - 1] ?? 0, text: text.slice(s, e) };
    if (tag !== undefined) seg.tag = tag;
    return seg;
  };
  for (const block of blocksOf(norm)) {
    out.push(make(block.kind, block.start, block.end));
    for (const sentence of splitSentences(text, block.start, block.end, doc.lang)) {
      const sentenceSegment = make('sentence', sentence.start, sentence.end);
      out.push(sentenceSegment);
      if (!withTokens) continue;
      const base = sentence.start;
      // Token text is the segmenter's word, which is the normalised text at the token's offsets.
      eachToken(sentenceSegment.text, lang, pos, (s, e, word, tag) => {
        const t: Segment =
          tag === undefined
            ? { kind: 'token', start: starts[base + s] ?? 0, end: ends[base + e - 1] ?? 0, text: word }
            : { kind: 'token', start: starts[base + s] ?? 0, end: ends[base + e - 1] ?? 0, text: word, tag };
        out.push(t);
      });
    }
  }
  return out;
}
