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

/** Appends normalised text piece by piece, recording for each code unit the original range it came from. */
export class NormalizedTextBuilder {
  private readonly parts: string[] = [];
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private length = 0;
  private readonly blocks: Block[] = [];
  private readonly asides: Aside[] = [];

  get size(): number {
    return this.length;
  }

  /** The last normalised code unit written, or '' at the start. */
  get last(): string {
    const p = this.parts[this.parts.length - 1];
    return p === undefined ? '' : p.slice(-1);
  }

  /** Append `piece`, every code unit of which stands for `original.slice(origStart, origEnd)`. */
  push(piece: string, origStart: number, origEnd: number): void {
    if (piece.length === 0) return;
    this.reserve(this.length + piece.length);
    this.starts.fill(origStart, this.length, this.length + piece.length);
    this.ends.fill(origEnd, this.length, this.length + piece.length);
    this.parts.push(piece);
    this.length += piece.length;
  }

  /** Append a run copied unchanged from the original, starting at `origStart`. */
  copy(piece: string, origStart: number): void {
    if (piece.length === 0) return;
    this.reserve(this.length + piece.length);
    for (let i = 0; i < piece.length; i++) {
      this.starts[this.length + i] = origStart + i;
      this.ends[this.length + i] = origStart + i + 1;
    }
    this.parts.push(piece);
    this.length += piece.length;
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
      text: this.parts.join(''),
      starts: this.starts.slice(0, this.length),
      ends: this.ends.slice(0, this.length),
      blocks: this.blocks,
      asides: this.asides,
    };
  }

  private reserve(n: number): void {
    if (n <= this.starts.length) return;
    let cap = this.starts.length;
    while (cap < n) cap *= 2;
    const s = new Int32Array(cap);
    s.set(this.starts.subarray(0, this.length));
    const e = new Int32Array(cap);
    e.set(this.ends.subarray(0, this.length));
    this.starts = s;
    this.ends = e;
  }
}
