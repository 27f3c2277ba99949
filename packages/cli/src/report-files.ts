import type { FrequencyTableRow, PairRow } from '@untk/reports';

/**
 * A number with 6 decimals kept, as the CSV files write it (enough to sort and read, and the same bytes on every
 * run): `String(Math.round(x * 1e6) / 1e6)`, '' for null. Written from the integer m = round(x · 10⁶) when
 * |m| < 10¹⁵, as m's digits with the point 6 places from the right and trailing zeros dropped: that is the string
 * JavaScript gives for m / 10⁶, since a decimal of at most 15 significant digits goes to a double and back
 * unchanged (so no shorter decimal names the same double), and no exponent form is used between 10⁻⁶ and 10²¹.
 * Building it from integers takes about half the time of printing the double; a million rows of 8 measures each.
 */
export function fixed(x: number | null): string {
  if (x === null) return '';
  const m = Math.round(x * 1e6);
  if (!(Math.abs(m) < 1e15)) return String(m / 1e6);
  const abs = Math.abs(m);
  const frac = abs % 1e6;
  const int = (abs - frac) / 1e6;
  // -0 (a small negative x) prints as 0.
  const sign = m < 0 ? '-' : '';
  if (frac === 0) return `${sign}${int}`;
  const digits = String(frac + 1e6);
  let end = 7;
  while (digits.charCodeAt(end - 1) === 48) end--;
  return `${sign}${int}.${digits.slice(1, end)}`;
}

// A character that makes csv-stringify quote a field under the options untk used with it (delimiter `,`, quote `"`,
// record_delimiter 'unix'): the delimiter, the quote or the record delimiter `\n`. A lone `\r` is not among them:
// given a record delimiter, csv-stringify does not also look for `\r` (its quote_record_delimiter defaults to off).
const NEEDS_QUOTES = /[",\n]/;

/**
 * A text field of the report's CSV files, byte for byte as csv-stringify 6.9 wrote it with those options (RFC 4180:
 * quoted, quotes doubled, when it holds a comma, a quote or a line feed; as it is otherwise, the empty string
 * included). The report's files hold a million rows on a large corpus, where csv-stringify's per-field machinery
 * (casting, option objects, a search per separator) took seconds; packages/cli/test/report-files.test.ts checks this
 * against csv-stringify on the bundled corpus's report and on generated strings.
 */
export function csvField(s: string): string {
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A header line: the byte-order mark (spreadsheets read the file as UTF-8), the column names. */
function header(columns: readonly string[]): string {
  return '\uFEFF' + columns.map(csvField).join(',') + '\n';
}

// Lines are handed out as UTF-8 in buffers of about this many bytes, so that a file of a hundred megabytes is never
// one string in memory. Each line is encoded into the buffer as it is made: joining a million lines of small pieces
// into strings and encoding those took longer than making the lines.
const CHUNK = 1 << 20;

/**
 * The lines `line` makes of `rows`, after `head`, in UTF-8, in pieces of about CHUNK bytes (a piece ends at the end
 * of a line). Two buffers take turns, so a piece's memory is written over two pieces later: the caller must be done
 * with a piece (written it, or copied it) before it asks for the next but one, as writeChunksAtomic is. A new buffer
 * for every piece made V8 count a hundred megabytes of outside memory, and collect the whole heap several times over.
 */
export function* chunked<T>(head: string, rows: readonly T[], line: (row: T) => string): Generator<Buffer> {
  const buffers = [Buffer.allocUnsafe(Math.max(CHUNK, 3 * head.length)), Buffer.allocUnsafe(CHUNK)];
  let turn = 0;
  let buf = buffers[turn]!;
  let used = buf.write(head, 0, 'utf8');
  for (const r of rows) {
    const text = line(r);
    // A UTF-16 unit takes at most 3 bytes in UTF-8 (a surrogate pair, 2 units, takes 4).
    if (used + 3 * text.length > buf.length) {
      if (used > 0) {
        yield buf.subarray(0, used);
        turn = 1 - turn;
      }
      if (buffers[turn]!.length < 3 * text.length) buffers[turn] = Buffer.allocUnsafe(3 * text.length);
      buf = buffers[turn]!;
      used = 0;
    }
    used += buf.write(text, used, 'utf8');
  }
  if (used > 0) yield buf.subarray(0, used);
}

/** The pieces as one string (each is decoded as it comes: a piece ends at the end of a line). */
function joined(pieces: Iterable<Buffer>): string {
  const parts: string[] = [];
  for (const p of pieces) parts.push(p.toString('utf8'));
  return parts.join('');
}

const FREQUENCY_COLUMNS = ['scope', 'group', 'kind', 'key', 'count', 'per_million', 'documents', 'dp', 'surfaces'];

/**
 * frequency.csv in pieces: one row per item per scope (corpus, then each folder, language and year), BOM for
 * spreadsheets. Numbers are written as they are (String of a number never needs quotes); text fields by csvField.
 */
export function frequencyCsvChunks(rows: readonly FrequencyTableRow[]): Generator<Buffer> {
  return chunked(
    header(FREQUENCY_COLUMNS),
    rows,
    (r) =>
      `${csvField(r.scope)},${csvField(r.group)},${csvField(r.kind)},${csvField(r.key)},${r.count},` +
      `${fixed(r.perMillion)},${r.documents},${fixed(r.dispersion)},${csvField(r.surfaces)}\n`,
  );
}

/** frequency.csv as one string. */
export function frequencyCsv(rows: readonly FrequencyTableRow[]): string {
  return joined(frequencyCsvChunks(rows));
}

const COOCCURRENCE_COLUMNS = [
  'source',
  'target',
  'unit',
  'n',
  'f_source',
  'f_target',
  'observed',
  'expected',
  'pmi',
  'npmi',
  'log_dice',
  'mi3',
  't_score',
  'g2',
  'jaccard',
];

/**
 * Bytes of a CSV file written straight into the two buffers that chunked also uses, for the one file of a million
 * rows (cooccurrence.csv): its numbers are written digit by digit, so a row makes no string at all. The bytes are
 * those of the string path: `int` writes what String(n) gives for the counts, `fixed` what the function above does.
 */
class ByteLines {
  private readonly buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  private turn = 0;
  buf = this.buffers[0]!;
  used = 0;

  /** The piece written so far if `bytes` more might not fit, the buffer's turn passing (see chunked); else undefined. */
  make(bytes: number): Buffer | undefined {
    if (this.used + bytes <= this.buf.length) return undefined;
    const piece = this.used > 0 ? this.buf.subarray(0, this.used) : undefined;
    if (piece) this.turn = 1 - this.turn;
    if (this.buffers[this.turn]!.length < bytes) this.buffers[this.turn] = Buffer.allocUnsafe(bytes);
    this.buf = this.buffers[this.turn]!;
    this.used = 0;
    return piece;
  }

  /** What is written and not handed out yet. */
  rest(): Buffer | undefined {
    return this.used > 0 ? this.buf.subarray(0, this.used) : undefined;
  }

  bytes(b: Uint8Array): void {
    this.buf.set(b, this.used);
    this.used += b.length;
  }

  byte(c: number): void {
    this.buf[this.used++] = c;
  }

  /** An ASCII string (a number's own String form). */
  ascii(s: string): void {
    this.used += this.buf.write(s, this.used, 'latin1');
  }

  /** A whole number as String(n) writes it; others through String. */
  int(n: number): void {
    if (!(Number.isInteger(n) && n >= 0 && n < 1e15)) return this.ascii(String(n));
    this.digits(n);
  }

  /** fixed(x) (6 decimals kept), null as nothing. */
  fixed(x: number | null): void {
    if (x === null) return;
    const m = Math.round(x * 1e6);
    if (!(Math.abs(m) < 1e15)) return this.ascii(String(m / 1e6));
    const abs = Math.abs(m);
    const frac = abs % 1e6;
    // -0 (a small negative x) prints as 0.
    if (m < 0) this.byte(0x2d);
    this.digits((abs - frac) / 1e6);
    if (frac === 0) return;
    this.byte(0x2e);
    // Six digits, the trailing zeros dropped (frac < 10⁶: 32-bit arithmetic).
    let f = frac | 0;
    let width = 6;
    while (f % 10 === 0) {
      f = (f / 10) | 0;
      width--;
    }
    const end = this.used + width;
    for (let k = end - 1; k >= this.used; k--) {
      this.buf[k] = 0x30 + (f % 10);
      f = (f / 10) | 0;
    }
    this.used = end;
  }

  /** The decimal digits of a whole number 0 ≤ n < 10¹⁵. */
  private digits(n: number): void {
    if (n >= 0x80000000) return this.ascii(String(n));
    let v = n | 0;
    let width = 1;
    for (let p = 10; p <= v; p *= 10) width++;
    const end = this.used + width;
    for (let k = end - 1; k >= this.used; k--) {
      this.buf[k] = 0x30 + (v % 10);
      v = (v / 10) | 0;
    }
    this.used = end;
  }
}

// The most bytes a row's numbers take: 12 of them, each at most 24 characters ("-1.7976931348623157e+308"), and
// the 14 commas and the line break.
const ROW_NUMBERS_BYTES = 12 * 24 + 15;

/**
 * cooccurrence.csv in pieces: the edge list of every unit's pairs with all measures, BOM for spreadsheets. An
 * item's field (`kind:key`, quoted as needed) is encoded once per item object (the rows of a unit share them), a
 * unit's name once per unit, and the numbers are written as bytes (see ByteLines): the same bytes as
 * `kind:key,…,${fixed(p.expected)},…\n` made as a string, in a third of the time.
 */
export function* cooccurrenceCsvChunks(rows: readonly PairRow[]): Generator<Buffer> {
  const out = new ByteLines();
  const head = Buffer.from(header(COOCCURRENCE_COLUMNS), 'utf8');
  out.make(head.length);
  out.bytes(head);
  const labels = new Map<PairRow['a'] | string, Buffer>();
  const label = (x: PairRow['a']) => {
    let l = labels.get(x);
    if (l === undefined) labels.set(x, (l = Buffer.from(csvField(`${x.kind}:${x.key}`), 'utf8')));
    return l;
  };
  const unitLabel = (u: string) => {
    let l = labels.get(u);
    if (l === undefined) labels.set(u, (l = Buffer.from(csvField(u), 'utf8')));
    return l;
  };
  const COMMA = 0x2c;
  for (const p of rows) {
    const a = label(p.a);
    const b = label(p.b);
    const unit = unitLabel(p.unit);
    const piece = out.make(a.length + b.length + unit.length + ROW_NUMBERS_BYTES);
    if (piece) yield piece;
    out.bytes(a);
    out.byte(COMMA);
    out.bytes(b);
    out.byte(COMMA);
    out.bytes(unit);
    out.byte(COMMA);
    out.int(p.units);
    out.byte(COMMA);
    out.int(p.a.frequency);
    out.byte(COMMA);
    out.int(p.b.frequency);
    out.byte(COMMA);
    out.int(p.observed);
    out.byte(COMMA);
    out.fixed(p.expected);
    out.byte(COMMA);
    out.fixed(p.pmi);
    out.byte(COMMA);
    out.fixed(p.npmi);
    out.byte(COMMA);
    out.fixed(p.logDice);
    out.byte(COMMA);
    out.fixed(p.mi3);
    out.byte(COMMA);
    out.fixed(p.tScore);
    out.byte(COMMA);
    out.fixed(p.g2);
    out.byte(COMMA);
    out.fixed(p.jaccard);
    out.byte(0x0a);
  }
  const rest = out.rest();
  if (rest) yield rest;
}

/** cooccurrence.csv as one string. */
export function cooccurrenceCsv(rows: readonly PairRow[]): string {
  return joined(cooccurrenceCsvChunks(rows));
}
