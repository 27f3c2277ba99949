/** How a mention of a body was found; kept internal, it orders preferences and sets confidences. */
export type MentionSource =
  'gazetteer' | 'grammar' | 'token' | 'capitalised' | 'pair-long' | 'pair-short' | 'implicit' | 'generic';

/** A body named in the normalised text, with its canonical full name. */
export interface OrgMention {
  start: number;
  end: number;
  name: string;
  source: MentionSource;
}

/** A long form / short form mapping found in the normalised text (`start`..`end` covers the evidence). */
export interface PairMention {
  start: number;
  end: number;
  long: string;
  short: string;
  confidence: number;
}

/** What the document-level analysis finds once, for both the organisation and the acronym extractors. */
export interface BodyAnalysis {
  orgs: OrgMention[];
  pairs: PairMention[];
}

/** Whether two half-open spans overlap. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * A view of text with spaces removed (block-ending line breaks kept), and the position in the source of each code unit kept: Chinese names
 * broken by PDF line ends or spaced digits (`第 1373(2001)号`) are matched whole.
 */
export interface CompactText {
  text: string;
  /** Index in the source text of compact code unit i. */
  at: Int32Array;
}

export function compact(source: string): CompactText {
  const at = new Int32Array(source.length);
  let n = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    // Block boundaries (`\n` in normalised text) stay: a name never runs from a heading into a paragraph.
    if (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x0d) continue;
    at[n++] = i;
  }
  // The same code units removed in one native pass rather than a string grown by one character at a time.
  return { text: source.replace(SPACES, ''), at: at.subarray(0, n) };
}

// What `compact` removes: a space, a tab, an ideographic space or a carriage return (not `\n`, not a no-break space).
const SPACES = /[ \t\u3000\r]+/g;

/**
 * Where each form occurs in `text`, left to right and not overlapping itself (a find starts at or after the end of
 * the form's last one): what `indexOf` from each find's end gives, for each form. With `accept`, a find it refuses is
 * skipped and the form's search goes on from the next position instead (whole-word searches).
 * Fast path for many forms: one pass over the text that, at each position, tries only the forms that begin with
 * its code unit, instead of one pass per form.
 */
export function occurrencesOfEach(
  text: string,
  forms: readonly string[],
  accept: (start: number, end: number) => boolean = () => true,
): Map<string, Array<[number, number]>> {
  const out = new Map<string, Array<[number, number]>>();
  const byFirst = new Map<number, string[]>();
  // A table shared by every call (not reentrant, nor needed to be), marked here and cleared before returning, so
  // that a small document does not pay for a fresh one.
  const starts = FIRST_UNITS;
  for (const f of forms) {
    if (f === '' || out.has(f)) continue;
    out.set(f, []);
    const c = f.charCodeAt(0);
    starts[c] = 1;
    const list = byFirst.get(c);
    if (list) list.push(f);
    else byFirst.set(c, [f]);
  }
  const lastEnd = new Map<string, number>();
  const n = text.length;
  for (let i = 0; i < n; i++) {
    // Positions where no form starts are passed over in a tight loop.
    while (i < n && starts[text.charCodeAt(i)] !== 1) i++;
    if (i >= n) break;
    for (const f of byFirst.get(text.charCodeAt(i)) ?? []) {
      if ((lastEnd.get(f) ?? 0) > i || !text.startsWith(f, i)) continue;
      const end = i + f.length;
      if (!accept(i, end)) continue;
      out.get(f)?.push([i, end]);
      lastEnd.set(f, end);
    }
  }
  for (const c of byFirst.keys()) starts[c] = 0;
  return out;
}
const FIRST_UNITS = new Uint8Array(0x10000);

/** Map a compact span back to the source span it covers. */
export function fromCompact(c: CompactText, start: number, end: number): { start: number; end: number } {
  return { start: c.at[start] ?? 0, end: (c.at[end - 1] ?? 0) + 1 };
}

/**
 * The spans of an array bucketed by the positions they cover, to find the first of them (in array order)
 * that meets a test among those touching a span, without scanning the whole array. Items appended to the
 * array must be added; an array replaced needs a new index.
 */
export class SpanIndex<T extends { start: number; end: number }> {
  private readonly buckets = new Map<number, number[]>();

  constructor(private readonly items: readonly T[]) {
    items.forEach((x, i) => this.add(i));
  }

  /** Index the item at `i` of the array. */
  add(i: number): void {
    const x = this.items[i];
    if (!x) return;
    for (let b = x.start >> BUCKET_BITS; b <= Math.max(x.start, x.end - 1) >> BUCKET_BITS; b++) {
      const list = this.buckets.get(b);
      if (list) list.push(i);
      else this.buckets.set(b, [i]);
    }
  }

  /**
   * What `items.find(test)` gives when `test` only holds for items sharing a position with [start, end)
   * (or, for an empty item, lying inside it).
   */
  first(start: number, end: number, test: (x: T) => boolean): T | undefined {
    let best = -1;
    for (let b = start >> BUCKET_BITS; b <= Math.max(start, end - 1) >> BUCKET_BITS; b++) {
      for (const i of this.buckets.get(b) ?? []) {
        const x = this.items[i];
        if (x && (best < 0 || i < best) && test(x)) best = i;
      }
    }
    return best < 0 ? undefined : this.items[best];
  }

  /**
   * Every item that may share a position with [start, end), each once, in no particular order: a superset of the
   * overlapping ones, for the caller to test.
   */
  near(start: number, end: number): T[] {
    const first = start >> BUCKET_BITS;
    const last = Math.max(start, end - 1) >> BUCKET_BITS;
    const seen = first === last ? undefined : new Set<number>();
    const out: T[] = [];
    for (let b = first; b <= last; b++) {
      for (const i of this.buckets.get(b) ?? []) {
        if (seen) {
          if (seen.has(i)) continue;
          seen.add(i);
        }
        const x = this.items[i];
        if (x) out.push(x);
      }
    }
    return out;
  }
}
// Positions per bucket of a SpanIndex: 256.
const BUCKET_BITS = 8;

/**
 * A name with its typographic apostrophes (U+2019) made straight, as the gazetteers write them: one body is one name
 * whether a document was typed in Word (`Children’s`) or not (`Children's`).
 */
export function straightApostrophes(name: string): string {
  return name.includes('’') ? name.replace(/’/g, "'") : name;
}
