import type { Span } from './span.js';

/** A block of normalised text: a paragraph or a heading, with offsets into the normalised text. */
export interface Block {
  kind: 'paragraph' | 'heading';
  start: number;
  end: number;
}

/** Something the normaliser took out of the running text, kept with offsets into the original. */
export interface Aside {
  kind: 'link' | 'bullet' | 'page-number' | 'running-head';
  start: number;
  end: number;
  text: string;
}

/**
 * Text prepared for analysis, with a map back to the original:
 * normalised code unit `i` came from `original.slice(starts[i], ends[i])`.
 * Blocks are separated by a single `\n` in `text`.
 */
export interface NormalizedText {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly blocks: readonly Block[];
  readonly asides: readonly Aside[];
}

/** Map a half-open span of the normalised text to the span of the original text it came from. */
export function toOriginal(n: NormalizedText, start: number, end: number): Span {
  if (start < 0 || end > n.text.length || end < start) {
    throw new RangeError(`span [${start}, ${end}) is outside the normalised text (length ${n.text.length})`);
  }
  if (end === start) {
    const at = start < n.text.length ? (n.starts[start] ?? 0) : n.text.length === 0 ? 0 : (n.ends[end - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: n.starts[start] ?? 0, end: n.ends[end - 1] ?? 0 };
}

/**
 * Appends normalised text piece by piece, recording for each code unit the original range it came from.
 * The offset maps are typed arrays grown by doubling; give the expected length to the constructor (the
 * normaliser gives the original's) and they never grow, and build() hands them out without a copy when
 * little of them is unused.
 */
export class NormalizedTextBuilder {
  private readonly parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;
  private readonly blocks: Block[] = [];
  private readonly asides: Aside[] = [];

  constructor(capacity = 1024) {
    // One buffer holds both maps (one allocation, not two: it shows on short documents).
    const cap = Math.max(16, capacity);
    const buffer = new ArrayBuffer(cap * 8);
    this.starts = new Int32Array(buffer, 0, cap);
    this.ends = new Int32Array(buffer, cap * 4, cap);
  }

  get size(): number {
    return this.length;
  }

  /** The last normalised code unit written, or '' at the start. */
  get last(): string {
    const p = this.parts[this.parts.length - 1];
    return p === undefined ? '' : p.slice(-1);
  }

  /** The last normalised code unit written as a number (no string made), or -1 at the start. */
  get lastCode(): number {
    const p = this.parts[this.parts.length - 1];
    return p === undefined ? -1 : p.charCodeAt(p.length - 1);
  }

  /** Append `piece`, every code unit of which stands for `original.slice(origStart, origEnd)`. */
  push(piece: string, origStart: number, origEnd: number): void {
    const n = piece.length;
    if (n === 0) return;
    this.reserve(this.length + n);
    if (n === 1) {
      // One unit (a space, a line break, a folded character): no fill() call.
      this.starts[this.length] = origStart;
      this.ends[this.length] = origEnd;
    } else {
      this.starts.fill(origStart, this.length, this.length + n);
      this.ends.fill(origEnd, this.length, this.length + n);
    }
    this.parts.push(piece);
    this.length += n;
  }

  /** Append a run copied unchanged from the original, starting at `origStart`. */
  copy(piece: string, origStart: number): void {
    if (piece.length === 0) return;
    this.mapIdentity(origStart, piece.length);
    this.parts.push(piece);
  }

  /** Append `source.slice(start, end)` unchanged, where `source` is the original: `copy` without the slice's cost when the whole source is copied. */
  copyFrom(source: string, start: number, end: number): void {
    if (end <= start) return;
    this.mapIdentity(start, end - start);
    this.parts.push(start === 0 && end === source.length ? source : source.slice(start, end));
  }

  /** Map the next `n` units one to one onto the original from `origStart`. */
  private mapIdentity(origStart: number, n: number): void {
    this.reserve(this.length + n);
    const starts = this.starts;
    const ends = this.ends;
    const at = this.length;
    for (let i = 0; i < n; i++) {
      starts[at + i] = origStart + i;
      ends[at + i] = origStart + i + 1;
    }
    this.length += n;
  }

  /** Drop code units from the end so that `size` becomes `n`. */
  truncate(n: number): void {
    let drop = this.length - n;
    while (drop > 0) {
      const p = this.parts.pop() ?? '';
      if (p.length > drop) {
        this.parts.push(p.slice(0, p.length - drop));
        this.length -= drop;
        drop = 0;
      } else {
        this.length -= p.length;
        drop -= p.length;
      }
    }
  }

  block(kind: Block['kind'], start: number, end: number): void {
    if (end > start) this.blocks.push({ kind, start, end });
  }

  aside(a: Aside): void {
    this.asides.push(a);
  }

  build(): NormalizedText {
    return {
      text: this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join(''),
      starts: this.trimmed(this.starts),
      ends: this.trimmed(this.ends),
      blocks: this.blocks,
      asides: this.asides,
    };
  }

  /**
   * The first `length` entries of a map: a view of it when at most an eighth of it is unused (no copy;
   * the unused tail stays allocated with it), else a copy, so that a short text keeps no large buffer alive.
   * Views are made with the constructor: subarray() and slice() look up a species constructor, which costs
   * more than the rest of a short document's normalisation.
   */
  private trimmed(a: Int32Array): Int32Array {
    const view = new Int32Array(a.buffer, a.byteOffset, this.length);
    if (a.length - this.length <= a.length >> 3) return view;
    const copy = new Int32Array(this.length);
    copy.set(view);
    return copy;
  }

  private reserve(n: number): void {
    if (n <= this.starts.length) return;
    let cap = this.starts.length;
    while (cap < n) cap *= 2;
    const buffer = new ArrayBuffer(cap * 8);
    const s = new Int32Array(buffer, 0, cap);
    s.set(new Int32Array(this.starts.buffer, this.starts.byteOffset, this.length));
    const e = new Int32Array(buffer, cap * 4, cap);
    e.set(new Int32Array(this.ends.buffer, this.ends.byteOffset, this.length));
    this.starts = s;
    this.ends = e;
  }
}
