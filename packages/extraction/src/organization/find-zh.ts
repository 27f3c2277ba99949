import type { ExtractContext } from '../context.js';
import { orderedContainment, sameHead } from '../acronym/containment.js';
import { PAREN, ZH_NOT_SHORT_FORM } from '../acronym/patterns.js';
import type { Gazetteer, GazetteerRow } from './gazetteer.js';
import {
  compact,
  fromCompact,
  overlaps,
  SpanIndex,
  type BodyAnalysis,
  type CompactText,
  type OrgMention,
} from './mention.js';
import {
  HAN,
  ZH_CONJ,
  ZH_GENERIC_HEADS,
  ZH_GENERIC_PREFIX,
  ZH_INSTITUTIONAL_OPENING,
  ZH_MAX_PREFIX,
  ZH_STOP_CHAR,
  ZH_STOP_WORD,
  ZH_STRONG_SUFFIXES,
  ZH_WEAK_SUFFIXES,
} from './patterns.js';

interface Candidate extends OrgMention {
  /** A gazetteer row when the gazetteer named it. */
  row?: GazetteerRow;
  /** Found by the suffix grammar with a weak head and no other evidence yet. */
  weak?: boolean;
}

const SUFFIXES = [...new Set<string>([...ZH_STRONG_SUFFIXES, ...ZH_WEAK_SUFFIXES])].sort((a, b) => b.length - a.length);
// Any head, anywhere: the grammar then extends each one leftward.
const ANY_SUFFIX = new RegExp(SUFFIXES.join('|'), 'gu');
const STRONG = new Set<string>(ZH_STRONG_SUFFIXES);

/**
 * Chinese bodies and short-form pairs of one document, on a whitespace-free view of the normalised text:
 * gazetteer names (longest first), the suffix grammar (a head such as `委员会` extended leftward over the name),
 * jieba `nt` tokens when given, explicit pairs `全称(简称)`, implicit short forms by ordered containment, and
 * generic heads (`委员会` alone) resolved to the body the document names first with that head.
 */
export function analyzeChinese(ctx: ExtractContext, gaz: Gazetteer): BodyAnalysis {
  const c = compact(ctx.norm.text);
  const text = c.text;
  const found = matchGazetteer(text, gaz);
  const grammar = suffixGrammar(text, found);
  const tokens = ctx.tokens ? ntTokens(ctx, c) : [];
  let all = mergeCandidates([...found, ...grammar], tokens);

  // Explicit pairs: a name right before a bracket whose content is its short form.
  const pairs: BodyAnalysis['pairs'] = [];
  const alias = new Map<string, string>();
  PAREN.lastIndex = 0;
  let ends = new SpanIndex(all);
  for (let m = PAREN.exec(text); m; m = PAREN.exec(text)) {
    const inner = m[1] ?? '';
    const at = m.index;
    const long = ends.first(at - 1, at + 1, (x) => x.end === at && x.source !== 'generic');
    if (!long || !isShortFormOf(inner, long, gaz)) continue;
    long.weak = false;
    const innerStart = m.index + 1;
    const innerEnd = innerStart + inner.length;
    all = all.filter((x) => !overlaps(x, { start: innerStart, end: innerEnd }));
    all.push({ start: innerStart, end: innerEnd, name: long.name, source: 'pair-short' });
    ends = new SpanIndex(all);
    alias.set(inner, long.name);
    pairs.push({ start: long.start, end: innerEnd + 1, long: long.name, short: inner, confidence: 1 });
  }
  // Later (and earlier) uses of a short form the document introduced.
  let index = new SpanIndex(all);
  for (const [short, name] of alias) {
    for (let i = text.indexOf(short); i >= 0; i = text.indexOf(short, i + short.length)) {
      const span = { start: i, end: i + short.length };
      const inside = index.first(span.start, span.end, (x) => x.start <= span.start && x.end >= span.end);
      if (inside) {
        if (inside.start === span.start && inside.end === span.end) inside.name = name;
        continue;
      }
      all = all.filter((x) => !overlaps(x, span));
      all.push({ ...span, name, source: 'pair-short' });
      index = new SpanIndex(all);
    }
  }

  // Implicit short forms: grammar finds that the letters of a longer name in this document (or the gazetteer) contain.
  const longNames = [...new Set(all.filter((x) => !x.weak && x.source !== 'generic').map((x) => x.name))];
  const gazLongs = [...gaz.canonicals];
  const implicitFirst = new Map<string, { at: Candidate; long: string; confidence: number }>();
  // The long names a short form fits depend on the form and the source alone: looked up once each.
  const fitting = new Map<string, { inDoc: string[]; inGaz: string[] }>();
  for (const x of all) {
    if (x.source !== 'grammar' && x.source !== 'token') continue;
    const short = text.slice(x.start, x.end);
    // A grammar find may drop the long form's opening (`刑警组织`); a jieba token must keep it, as jieba also tags
    // generic words `nt` (`安全部队`, security forces, is no short form of `联合国阿卜耶伊临时安全部队`).
    const anyFirst = x.source === 'grammar';
    const key = `${anyFirst ? 'g' : 't'}${short}`;
    let fit = fitting.get(key);
    if (!fit) {
      const fits = (l: string) => l !== short && sameHead(short, l) && orderedContainment(short, l, !anyFirst);
      const found = longNames.filter(fits);
      fit = { inDoc: found, inGaz: found.length ? [] : gazLongs.filter(fits) };
      fitting.set(key, fit);
    }
    const { inDoc, inGaz } = fit;
    const options = inDoc.length ? inDoc : inGaz;
    if (options.length === 0) continue;
    const long = options[0] ?? short;
    x.name = long;
    x.source = 'implicit';
    x.weak = false;
    if (!alias.has(short) && !implicitFirst.has(short)) {
      const confidence = (inDoc.length ? 0.8 : 0.6) / options.length;
      implicitFirst.set(short, { at: x, long, confidence: round(confidence) });
    }
  }
  // Short forms the gazetteer knows but the document does not introduce.
  for (const x of all) {
    if (x.source !== 'gazetteer' || !x.row || x.row.type === 'full') continue;
    const short = x.row.form;
    // A descriptive alias longer than the name (`安全理事会第1373(2001)号决议所设委员会`) is no short form.
    if (short.length >= x.name.length) continue;
    if (alias.has(short) || implicitFirst.has(short)) continue;
    const contained = orderedContainment(short, x.name, false);
    const longInDoc = longNames.includes(x.name) && all.some((y) => y.row?.type === 'full' && y.name === x.name);
    const confidence = contained ? (longInDoc ? 0.9 : 0.8) : 0.7;
    implicitFirst.set(short, { at: x, long: x.name, confidence });
  }
  for (const [short, f] of implicitFirst) {
    pairs.push({ start: f.at.start, end: f.at.end, long: f.long, short, confidence: f.confidence });
  }

  all = all.filter((x) => !x.weak).sort((a, b) => a.start - b.start);
  for (const g of genericHeads(text, all)) all.push(g);
  all.sort((a, b) => a.start - b.start || b.end - a.end);

  const back = (s: number, e: number) => fromCompact(c, s, e);
  return {
    orgs: all.map((x) => ({ ...back(x.start, x.end), name: x.name, source: x.source })),
    pairs: pairs.map((p) => ({ ...p, ...back(p.start, p.end) })),
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Leftmost-longest gazetteer matches, not overlapping. A form of two characters or fewer must start a word. */
function matchGazetteer(text: string, gaz: Gazetteer): Candidate[] {
  const byFirst = new Map<string, number[]>();
  for (const key of gaz.byKey.keys()) {
    const lengths = byFirst.get(key[0] ?? '') ?? [];
    if (!lengths.includes(key.length)) lengths.push(key.length);
    byFirst.set(key[0] ?? '', lengths);
  }
  for (const l of byFirst.values()) l.sort((a, b) => b - a);
  const out: Candidate[] = [];
  for (let i = 0; i < text.length;) {
    const lengths = byFirst.get(text[i] ?? '');
    let matched = 0;
    for (const len of lengths ?? []) {
      const row = gaz.byKey.get(text.slice(i, i + len));
      if (!row || !startsWord(text, i, len, row.form)) continue;
      out.push({ start: i, end: i + len, name: row.canonical, source: 'gazetteer', row });
      matched = len;
      break;
    }
    i += matched || 1;
  }
  return out;
}

function startsWord(text: string, i: number, len: number, form: string): boolean {
  if (/^[A-Za-z]/.test(form)) {
    return !/[A-Za-z0-9]/.test(text[i - 1] ?? '') && !/[A-Za-z0-9]/.test(text[i + len] ?? '');
  }
  if (len > 2) return true;
  const prev = text[i - 1] ?? '';
  return !HAN.test(prev) || ZH_STOP_CHAR.test(prev) || ZH_CONJ.test(prev) || ZH_STOP_WORD.test(text.slice(0, i));
}

/** The suffix grammar: each head extended leftward over Han characters until a stop, a known name or the limit. */
function suffixGrammar(text: string, known: readonly Candidate[]): Candidate[] {
  const covered = new Uint8Array(text.length + 1);
  const endsName = new Uint8Array(text.length + 1);
  for (const k of known) {
    covered.fill(1, k.start, k.end);
    endsName[k.end] = 1;
  }
  const out: Candidate[] = [];
  ANY_SUFFIX.lastIndex = 0;
  for (let m = ANY_SUFFIX.exec(text); m; m = ANY_SUFFIX.exec(text)) {
    const head = m[0];
    const s0 = m.index;
    const end = s0 + head.length;
    if (covered.subarray(s0, end).some((v) => v === 1)) continue;
    // A head followed by another (`委员会执行局`) is part of a longer name; that one is found from its own head.
    if (SUFFIXES.some((s) => text.startsWith(s, end) && s.length >= 2)) continue;
    let j = s0;
    while (j > 0 && s0 - j < ZH_MAX_PREFIX) {
      const ch = text[j - 1] ?? '';
      if (!HAN.test(ch) || covered[j - 1] || ZH_STOP_CHAR.test(ch)) break;
      if (ZH_STOP_WORD.test(text.slice(Math.max(0, j - 4), j)) || /\d[年月日]$/u.test(text.slice(j - 2, j))) break;
      if (ZH_CONJ.test(ch) && (endsName[j - 1] || SUFFIXES.some((s) => text.endsWith(s, j - 1)))) break;
      j--;
    }
    while (j < s0 && ZH_CONJ.test(text[j] ?? '')) j++;
    const prefix = text.slice(j, s0);
    if (prefix.length < 2 || ZH_GENERIC_PREFIX.test(prefix)) continue;
    const name = text.slice(j, end);
    const weak = !STRONG.has(head) && !ZH_INSTITUTIONAL_OPENING.test(name);
    out.push({ start: j, end, name, source: 'grammar', weak });
  }
  return out;
}

/** Tokens jieba tagged `nt` (organisation), mapped onto the compact text. */
function ntTokens(ctx: ExtractContext, c: CompactText): Candidate[] {
  const toCompact = new Int32Array(ctx.norm.text.length).fill(-1);
  c.at.forEach((normIndex, i) => {
    toCompact[normIndex] = i;
  });
  const out: Candidate[] = [];
  for (const t of ctx.tokens ?? []) {
    if (t.kind !== 'token' || t.tag !== 'nt' || t.text.replace(/\s+/g, '').length < 3) continue;
    const s = firstAtOrAfter(ctx.norm.starts, t.start);
    let e = s;
    while (e < ctx.norm.text.length && (ctx.norm.ends[e] ?? 0) <= t.end) e++;
    const cs = toCompact.subarray(s, e).find((v) => v >= 0);
    const ce = [...toCompact.subarray(s, e)].reverse().find((v) => v >= 0);
    if (cs === undefined || ce === undefined) continue;
    const name = c.text.slice(cs, ce + 1);
    out.push({ start: cs, end: ce + 1, name, source: 'token' });
  }
  return out;
}

function firstAtOrAfter(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Gazetteer and grammar finds, then `nt` tokens: a token that covers a weak grammar find confirms it; one that
 * ends with a grammar find but starts later gives the name its left boundary (`国政府利用人口与发展委员会` →
 * `人口与发展委员会`); one that overlaps nothing is a body of its own when it ends with a head (jieba also tags
 * `通报会` or `民用航空` `nt`).
 */
function mergeCandidates(found: Candidate[], tokens: readonly Candidate[]): Candidate[] {
  const out = [...found];
  for (const t of tokens) {
    const hit = out.filter((x) => overlaps(x, t));
    if (hit.length === 0 && SUFFIXES.some((s) => t.name.endsWith(s))) out.push(t);
    for (const h of hit) {
      if (h.source !== 'grammar' && h.source !== 'token') continue;
      if (h.weak && t.start <= h.start && t.end >= h.end) h.weak = false;
      if (t.end === h.end && t.start > h.start && t.end - t.start >= 3) {
        h.start = t.start;
        h.name = t.name;
        h.source = 'token';
        h.weak = false;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a bracket's content is the short form of the name before it (not a date, place, note or symbol). */
function isShortFormOf(inner: string, long: Candidate, gaz: Gazetteer): boolean {
  if (ZH_NOT_SHORT_FORM.test(inner) || inner.length < 2) return false;
  const row = gaz.byKey.get(inner);
  if (row) return row.canonical === long.name;
  if (/^\p{Lu}[\p{Lu}\p{N}-]{1,11}$/u.test(inner)) return true;
  if (!/^\p{Script=Han}+$/u.test(inner)) return false;
  return orderedContainment(inner, long.name) || orderedContainment(inner, longText(long));
}

function longText(x: Candidate): string {
  return x.row?.form ?? x.name;
}

/**
 * Generic heads alone (`委员会` as "the Committee", `执行局`, `监测组`) name the first body of the document with
 * that head; `该` + head ("that institute") names the last one before it. Else they are left out.
 */
function genericHeads(text: string, named: readonly OrgMention[]): OrgMention[] {
  const out: OrgMention[] = [];
  const covered = new Uint8Array(text.length + 1);
  for (const n of named) covered.fill(1, n.start, n.end);
  for (const head of [...ZH_GENERIC_HEADS, ...SUFFIXES.filter((s) => s.length >= 2)]) {
    const generic = (ZH_GENERIC_HEADS as readonly string[]).includes(head);
    for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + head.length)) {
      if (covered.subarray(i, i + head.length).some((v) => v === 1)) continue;
      const prev = text[i - 1] ?? '';
      const anaphor = prev === '该';
      const before = text.slice(Math.max(0, i - 6), i);
      const bare =
        !HAN.test(prev) ||
        ZH_STOP_CHAR.test(prev) ||
        ZH_CONJ.test(prev) ||
        ZH_STOP_WORD.test(before) ||
        /\d[年月日]$/u.test(before);
      if (!(anaphor || (generic && bare))) continue;
      const pool = named.filter((n) => n.name.endsWith(head) && n.name !== head);
      const target = anaphor ? pool.filter((n) => n.end <= i).at(-1) : pool[0];
      if (!target) continue;
      out.push({ start: i, end: i + head.length, name: target.name, source: 'generic' });
      covered.fill(1, i, i + head.length);
    }
  }
  return out;
}
