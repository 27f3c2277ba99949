import { toOriginal, type Document, type NormalizedText, type Segment } from '@untk/core';

/**
 * Paragraphs, sentences and word tokens of a document, with offsets into the original text, from the
 * normalised blocks and the ICU segmenter built into Node (`Intl.Segmenter`: sentence and word boundaries per
 * language; 。！？ end Chinese sentences; Chinese words come from ICU's dictionary, not jieba).
 * A stand-in until the segmentation package's `segment()` lands: the reports take any Segment[].
 */
export function provisionalSegments(doc: Document, normalized: NormalizedText): Segment[] {
  const locale = doc.lang === 'und' ? 'en' : doc.lang;
  const sentences = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const words = new Intl.Segmenter(locale, { granularity: 'word' });
  const out: Segment[] = [];
  const push = (kind: Segment['kind'], start: number, end: number, text: string) => {
    const o = toOriginal(normalized, start, end);
    out.push({ kind, start: o.start, end: o.end, text });
  };
  for (const block of normalized.blocks) {
    const text = normalized.text.slice(block.start, block.end);
    if (text.trim() === '') continue;
    push(block.kind, block.start, block.end, text);
    for (const s of sentences.segment(text)) {
      const trimmed = s.segment.trimEnd();
      if (trimmed.trim() === '') continue;
      const lead = trimmed.length - trimmed.trimStart().length;
      push('sentence', block.start + s.index + lead, block.start + s.index + trimmed.length, trimmed.trimStart());
    }
    for (const w of words.segment(text)) {
      if (!w.isWordLike) continue;
      push('token', block.start + w.index, block.start + w.index + w.segment.length, w.segment);
    }
  }
  return out;
}
