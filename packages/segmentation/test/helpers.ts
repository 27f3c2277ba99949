import { expect } from 'vitest';
import type { NormalizedText, Segment } from '@untk/core';

const KIND_RANK: Record<Segment['kind'], number> = { paragraph: 0, heading: 0, sentence: 1, token: 2 };

/** Text compared modulo normalisation: no white space, no hyphens (line-end joins), no invisible or symbol-font glyphs, NFKC. */
function fold(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u3000\u200b-\u200d\u2060\ufeff\u00ad\ue000-\uf8ff-]/g, '');
}

/** The original text of [start, end) without what the normaliser set aside (link lines, bullets, page numbers). */
function originalWithoutAsides(original: string, norm: NormalizedText, start: number, end: number): string {
  let out = '';
  let at = start;
  for (const a of norm.asides) {
    if (a.start < start || a.end > end) continue;
    out += original.slice(at, a.start);
    at = a.end;
  }
  return out + original.slice(at, end);
}

/**
 * The invariants of segment() on a real document: original offsets map to the segment's text (modulo
 * normalisation); document order with blocks before sentences before tokens; sentences inside their block,
 * tokens inside their sentence; nothing overlaps; no token is or holds white space.
 */
export function checkSegments(original: string, norm: NormalizedText, segments: readonly Segment[]): void {
  let block: Segment | undefined;
  let sentence: Segment | undefined;
  let lastToken: Segment | undefined;
  let prev: Segment | undefined;
  const bad: string[] = [];
  for (const s of segments) {
    const where = `${s.kind} [${s.start}, ${s.end}) ${JSON.stringify(s.text.slice(0, 40))}`;
    if (s.end <= s.start || s.text.length === 0) bad.push(`empty ${where}`);
    if (fold(originalWithoutAsides(original, norm, s.start, s.end)) !== fold(s.text)) bad.push(`offsets ${where}`);
    if (prev && (s.start < prev.start || (s.start === prev.start && KIND_RANK[s.kind] < KIND_RANK[prev.kind])))
      bad.push(`order ${where}`);
    prev = s;
    if (s.kind === 'paragraph' || s.kind === 'heading') {
      if (block && s.start < block.end) bad.push(`block overlap ${where}`);
      block = s;
    } else if (s.kind === 'sentence') {
      if (!block || s.start < block.start || s.end > block.end) bad.push(`sentence outside its block ${where}`);
      if (sentence && s.start < sentence.end) bad.push(`sentence overlap ${where}`);
      if (s.text !== s.text.trim()) bad.push(`sentence not trimmed ${where}`);
      sentence = s;
    } else {
      if (!sentence || s.start < sentence.start || s.end > sentence.end)
        bad.push(`token outside its sentence ${where}`);
      if (lastToken && s.start < lastToken.end) bad.push(`token overlap ${where}`);
      if (/\s/.test(s.text)) bad.push(`white space in token ${where}`);
      lastToken = s;
    }
  }
  expect(bad.slice(0, 20)).toEqual([]);
}

export function byKind(segments: readonly Segment[], kind: Segment['kind']): Segment[] {
  return segments.filter((s) => s.kind === kind);
}
