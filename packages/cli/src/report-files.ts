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
 * cooccurrence.csv in pieces: the edge list of every unit's pairs with all measures, BOM for spreadsheets. An
 * item's field (`kind:key`, quoted as needed) is made once per item object: the rows of a unit share them.
 */
export function cooccurrenceCsvChunks(rows: readonly PairRow[]): Generator<Buffer> {
  const labels = new Map<PairRow['a'], string>();
  const label = (x: PairRow['a']) => {
    let l = labels.get(x);
    if (l === undefined) labels.set(x, (l = csvField(`${x.kind}:${x.key}`)));
    return l;
  };
  return chunked(
    header(COOCCURRENCE_COLUMNS),
    rows,
    (p) =>
      `${label(p.a)},${label(p.b)},${csvField(p.unit)},${p.units},${p.a.frequency},${p.b.frequency},${p.observed},` +
      `${fixed(p.expected)},${fixed(p.pmi)},${fixed(p.npmi)},${fixed(p.logDice)},${fixed(p.mi3)},` +
      `${fixed(p.tScore)},${fixed(p.g2)},${fixed(p.jaccard)}\n`,
  );
}

/** cooccurrence.csv as one string. */
export function cooccurrenceCsv(rows: readonly PairRow[]): string {
  return joined(cooccurrenceCsvChunks(rows));
}
