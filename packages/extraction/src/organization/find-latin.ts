import type { UnLang } from '@untk/core';
import type { ExtractContext } from '../context.js';
import { bracketSpans } from '../acronym/brackets.js';
import { CAPITALS, LATIN_SHORT_FORM, ROMAN, SESSION } from '../acronym/patterns.js';
import { maxLongFormWords, schwartzHearstStart } from '../acronym/schwartz-hearst.js';
import { MONTHS } from '../date/months.js';
import type { Gazetteer, GazetteerRow } from './gazetteer.js';
import { nominativeRu, sameNameInflected } from './inflection.js';
import { flatTrie, type FlatTrie } from './trie.js';
import { addBodiesFr, FR_ANY_HEAD, FR_SEQUENCE } from './french.js';
import { RU_ANY_HEAD, scanRu } from './russian.js';
import { AR_ANY_HEAD, scanAr } from './arabic.js';
import { withCommittees } from './committees.js';
import {
  occurrencesOfEach,
  overlaps,
  SpanIndex,
  type BodyAnalysis,
  type OrgMention,
  type PairMention,
} from './mention.js';
import {
  EN_ANY_HEAD,
  EN_CAPITALISED_SEQUENCE,
  ES_ANY_HEAD,
  ES_CAPITALISED_SEQUENCE,
  ES_HEADS,
  ES_NOT_BODY_WORD,
  ES_STATES,
  EN_HEADS,
  EN_NOT_BODY_ENDING,
  EN_NOT_BODY_OPENING,
  EN_NOT_BODY_WORD,
  EN_TITLE_AFTER_NAME,
  EN_STATES,
  HEAD_STEMS,
} from './patterns.js';

const gazetteerPatterns = new WeakMap<Gazetteer, RegExp>();

/**
 * Every gazetteer form as one alternation, longest first, bounded by non-letters on both sides (a space in a form
 * also matches a line break). Exported for the test that compares it with `gazetteerMatches`.
 */
export function gazetteerPattern(gaz: Gazetteer): RegExp {
  let re = gazetteerPatterns.get(gaz);
  if (!re) {
    const forms = [...gaz.byKey.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    gazetteerPatterns.set(gaz, re);
  }
  return re;
}

const formTries = new WeakMap<Gazetteer, FlatTrie | null>();

/**
 * The gazetteer's forms as a trie (a line break read as a space after the first code unit), or null when a form
 * holds a surrogate or a line break (the pattern is used).
 */
function formTrie(gaz: Gazetteer): FlatTrie | null {
  let t = formTries.get(gaz);
  if (t !== undefined) return t;
  const keys = [...gaz.byKey];
  t = keys.some(([key]) => key === '' || /[\n\ud800-\udfff]/.test(key))
    ? null
    : flatTrie(keys, { from: 0x0a, to: 0x20 });
  formTries.set(gaz, t);
  return t;
}

/** A gazetteer name found in the text. */
export interface GazetteerMatch {
  start: number;
  end: number;
  row: GazetteerRow;
}

/**
 * Gazetteer names in document order, not overlapping: what a global scan with `gazetteerPattern` finds. Fast path:
 * instead of trying the alternation at every position, a trie is walked from each position where a form can start
 * (a line break read as the space a form holds); the longest form there followed by no letter or digit wins, as
 * the longest-first alternation with its look-ahead chose, and the scan goes on after it. The trie is in typed
 * arrays (see `flatTrie`) and the letter-or-digit tests read a table, the same answers as a Map trie and the
 * pattern's Unicode classes (the tests compare with the alternation on the whole corpus).
 */
export function gazetteerMatches(text: string, gaz: Gazetteer): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  const trie = formTrie(gaz);
  if (!trie) {
    const re = gazetteerPattern(gaz);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const row = gaz.byKey.get(m[0].replace(/\n/g, ' '));
      if (row) out.push({ start: m.index, end: m.index + m[0].length, row });
    }
    return out;
  }
  scanGazetteer(text, trie, 0, text.length, out);
  return out;
}

// The forms ending along the current walk of `scanGazetteer` (reused; the first `found` of them are valid).
const walkEnds: number[] = [];
const walkRows: GazetteerRow[] = [];

/**
 * The scan of `gazetteerMatches` from position `i` on, while it is before `until`: pushes the matches that start
 * there and returns where the scan stands next (`until` or, after a match across it, further). Started where the
 * whole scan also stands (0, or a position no match can cover the code unit before), it finds what the whole scan
 * finds there, and returns a position where the whole scan stands too.
 */
function scanGazetteer(text: string, trie: FlatTrie, i: number, until: number, out: GazetteerMatch[]): number {
  const { starts, symbol, width, next, rows: nodeRows } = trie;
  const ends = walkEnds;
  const rows = walkRows;
  let found = 0;
  const n = text.length;
  while (i < until) {
    // Skip the code units no form starts with, in a tight loop.
    while (i < until && starts[text.charCodeAt(i)] !== 1) i++;
    if (i >= until) break;
    const c0 = text.charCodeAt(i);
    if (letterOrDigitBefore(text, i)) {
      i++;
      continue;
    }
    found = 0;
    // The first unit is read as itself (no form starts with a line break, so its alias column is never taken).
    let node = next[symbol[c0] ?? 0] ?? 0;
    for (let k = i; node !== 0;) {
      const row = nodeRows[node];
      if (row) {
        ends[found] = k + 1;
        rows[found++] = row;
      }
      if (++k >= n) break;
      node = next[node * width + (symbol[text.charCodeAt(k)] ?? 0)] ?? 0;
    }
    let matched = 0;
    for (let e = found - 1; e >= 0 && matched === 0; e--) {
      const end = ends[e] ?? 0;
      const row = rows[e];
      if (row && !letterOrDigitAt(text, end)) {
        out.push({ start: i, end, row });
        matched = end - i;
      }
    }
    i += matched || 1;
  }
  return i;
}

/**
 * The matches of `gazetteerMatches` that overlap given regions of the text, without scanning the rest. Fast path
 * for a pass that needs the names in a few places: the whole scan stands at every position no match covers the
 * code unit before, and a code unit that no form holds (a line break counts as the space it stands for) is covered
 * by no match; so a region is scanned from the last such unit before it (or from where the previous scan stopped,
 * itself a position of the whole scan), and the scan finds there what the whole scan finds. Regions are given in
 * order of their starts; the matches come out in document order, each once: every match of the whole scan that
 * overlaps a region, and others of its matches the scans went over before a region.
 */
export class GazetteerNear {
  /** Where the last scan stopped: a position of the whole scan, with every match before it looked at. */
  private at = 0;
  readonly matches: GazetteerMatch[] = [];

  private constructor(
    private readonly text: string,
    private readonly trie: FlatTrie,
  ) {}

  /** A scanner for the gazetteer, or undefined when its forms need the pattern (see `formTrie`). */
  static of(text: string, gaz: Gazetteer): GazetteerNear | undefined {
    const trie = formTrie(gaz);
    return trie ? new GazetteerNear(text, trie) : undefined;
  }

  /** Find every match that overlaps [from, to) (`from` no smaller than any earlier region's), and maybe others. */
  cover(from: number, to: number): void {
    if (to <= this.at) return;
    let q = from;
    if (q <= this.at) q = this.at;
    else while (q > this.at && (this.trie.symbol[this.text.charCodeAt(q - 1)] ?? 0) !== 0) q--;
    this.at = scanGazetteer(this.text, this.trie, q, to, this.matches);
  }
}

const shortFormPatterns = new WeakMap<Gazetteer, RegExp | null>();

/**
 * The gazetteer's short forms (type `short`) as one alternation, longest first, followed by no letter or digit:
 * like `gazetteerPattern` for the short forms alone, without its look-behind (`shortFormStarts` tests that
 * instead: with a look-behind first, the engine cannot skip ahead to where a form can start); null when there are
 * none.
 */
function shortFormPattern(gaz: Gazetteer): RegExp | null {
  let re = shortFormPatterns.get(gaz);
  if (re === undefined) {
    const forms = [...gaz.byKey]
      .filter(([, row]) => row.type === 'short')
      .map(([key]) => key)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp);
    re = forms.length ? new RegExp(`(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
    shortFormPatterns.set(gaz, re);
  }
  return re;
}

/**
 * Every position where a gazetteer short form stands as a whole word, in order (the pattern is tried again one
 * code unit after each find, so forms that overlap are all seen). A gazetteer match of a short form starts at one
 * of these positions. The pattern finds each position where a form is followed by no letter or digit; whether a
 * letter or digit comes before is a property of the position alone, tested here (what a look-behind would test).
 */
export function shortFormStarts(text: string, gaz: Gazetteer): number[] {
  const re = shortFormPattern(gaz);
  const out: number[] = [];
  if (!re) return out;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!letterOrDigitBefore(text, m.index)) out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

// A letter or digit, one code point.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether a code point is a letter or digit (ASCII by range, the rest by Unicode property). */
function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/**
 * `isLetterOrDigit` of each code unit outside the surrogates, filled in as units are met: 0 not asked yet, 1 yes,
 * 2 no. A surrogate is not looked up here: with its partner it makes one code point, which the callers test whole.
 */
const LETTER_OR_DIGIT_UNIT = new Uint8Array(0x10000);

/** `isLetterOrDigit(c)` for a code unit that is no surrogate, through the table. */
function isLetterOrDigitUnit(c: number): boolean {
  let v = LETTER_OR_DIGIT_UNIT[c] ?? 0;
  if (v === 0) {
    v = isLetterOrDigit(c) ? 1 : 2;
    LETTER_OR_DIGIT_UNIT[c] = v;
  }
  return v === 1;
}

/** Whether the code point that ends right before `i` is a letter or digit. Exported for the test. */
export function letterOrDigitBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  if ((low & 0xf800) !== 0xd800) return isLetterOrDigitUnit(low);
  const high = i >= 2 ? text.charCodeAt(i - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return isLetterOrDigit(pair ? (text.codePointAt(i - 2) ?? 0) : low);
}

/** Whether the code point that starts at `i` is a letter or digit. Exported for the test against the pattern. */
export function letterOrDigitAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if ((c & 0xf800) !== 0xd800) return isLetterOrDigitUnit(c);
  return isLetterOrDigit(text.codePointAt(i) ?? 0);
}

/**
 * Where `form` stands as a whole word (no letter or digit on either side; a space also matches a line break), in
 * order, not overlapping: what a global scan with `(?<![\p{L}\p{N}])form(?![\p{L}\p{N}])` finds. A form without
 * spaces or surrogates is searched with indexOf, which is much faster than the pattern.
 */
export function wholeWordMatches(text: string, form: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (form === '' || /[ \ud800-\udfff]/.test(form)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
    return out;
  }
  let from = 0;
  for (let i = text.indexOf(form, from); i >= 0; i = text.indexOf(form, from)) {
    const end = i + form.length;
    if (!letterOrDigitBefore(text, i) && !letterOrDigitAt(text, end)) {
      out.push([i, end]);
      from = end;
    } else from = i + 1;
  }
  return out;
}

/**
 * `wholeWordMatches` of each form, in one pass over the text for all the forms (see `occurrencesOfEach`) when
 * there are several; forms the indexOf search does not take (spaces, surrogates) go through `wholeWordMatches`.
 */
export function wholeWordMatchesOfEach(text: string, forms: readonly string[]): Map<string, Array<[number, number]>> {
  const out = new Map<string, Array<[number, number]>>();
  const plain: string[] = [];
  for (const f of forms) {
    if (f === '' || /[ \ud800-\udfff]/.test(f) || forms.length < 4) out.set(f, wholeWordMatches(text, f));
    else plain.push(f);
  }
  if (plain.length === 0) return out;
  const wholeWord = (start: number, end: number) => !letterOrDigitBefore(text, start) && !letterOrDigitAt(text, end);
  for (const [f, found] of occurrencesOfEach(text, plain, wholeWord)) out.set(f, found);
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\n]');
}

/**
 * Bodies and acronym pairs in English, French, Spanish, Russian or Arabic text: gazetteer names; in English,
 * capitalised sequences holding a head word (`Financial Action Task Force`); Schwartz–Hearst pairs
 * `Long Form (ACR)` and `ACR (Long Form)`; and short forms whose letters come from another language
 * (`(UNISFA)` after the Spanish name), kept with a lower confidence when a body's name ends right before them.
 *
 * With `pairsOnly` (the acronym extractor alone) the same pairs come from less work, and `orgs` is left empty.
 * The bodies (`orgs`) reach the pairs in two ways only: the pair loop asks for the body ending where the long form
 * before a bracket ends (`bodyEndingAt`, only for a bracket whose content `isShortForm`), and the last loop reads
 * the gazetteer short forms among the bodies left. So:
 * - only the bodies that can answer one of those questions are kept: those ending where a long form ends before
 *   such a bracket (`askedEnds`), the gazetteer short forms, and what the pairs add. The others could only be
 *   marked gone by a pair, which changes no answer; the ones kept are in the same order, so the first found is the
 *   same;
 * - capitalised names are read only in the stretches (see `capitalisedBodies`) that can hold such a body or a name
 *   that replaces one: the stretch holding the last character before an asked end (a name ends with a letter,
 *   digit or apostrophe, and between the end and the bracket there is only white space), and the stretches a
 *   gazetteer short form overlaps (a name replaces only gazetteer names inside it). A capitalised name whose text
 *   is itself a gazetteer short form is never added: the gazetteer scan matched that form, or a longer or earlier
 *   one overlapping it, so the name meets a gazetteer name not strictly inside it;
 * - the gazetteer is read only where those bodies and names can be (`pairGazetteerMatches`): around each asked
 *   end, at each place a short form stands, and in the stretches above; its matches there are those of the whole
 *   scan, and the capitalised names meet no other gazetteer name;
 * - short forms used again are not looked for: they only add or rename bodies whose text is a pair's short
 *   form, which the gazetteer short forms below skip.
 * The pairs-only test compares both on the whole bundled corpus, on a table of cases for each rule and on
 * generated text.
 */
export function analyzeLatin(
  ctx: ExtractContext,
  lang: UnLang,
  gaz: Gazetteer | undefined,
  pairsOnly = false,
): BodyAnalysis {
  const text = ctx.norm.text;
  // The brackets the pair loop reads, in order.
  const brackets = bracketsOf(text);
  // In pairsOnly mode: where the long forms before brackets holding a short form end (what `bodyEndingAt` is asked).
  const askedEnds = new Set<number>();
  if (pairsOnly) {
    for (const b of brackets) if (holdsShortForm(b, gaz)) askedEnds.add(longFormOf(text, b).endLong);
  }
  // Gazetteer names: one global scan, so they come in document order and do not overlap. In pairsOnly mode only
  // those a pair can read, and those inside the stretches where capitalised names are read (`pairGazetteerMatches`).
  const named: OrgMention[] = [];
  // The gazetteer's short forms among them (`UNODC`, `CTED`), in order.
  const shortNamed: OrgMention[] = [];
  if (gaz) {
    const near = pairsOnly ? pairGazetteerMatches(text, gaz, lang, askedEnds) : undefined;
    for (const g of near ?? gazetteerMatches(text, gaz)) {
      // (A proclitic joined to an Arabic name is no part of the mention: `لمجلس الأمن`.)
      const o: OrgMention = {
        start: g.start + (g.row.clitic ?? 0),
        end: g.end,
        name: g.row.canonical,
        source: 'gazetteer',
      };
      named.push(o);
      if (g.row.type === 'short') shortNamed.push(o);
    }
  }
  let orgs: OrgMention[] = named;
  const grammar = CAPITALISED[lang];
  if (grammar) {
    // Capitalised names come in document order too, and do not overlap each other; so the finds one of them
    // overlaps are gazetteer names, read from a cursor that only moves forward (fast path for a scan of all finds).
    const replaced = new Set<OrgMention>();
    const added: OrgMention[] = [];
    let cursor = 0;
    const capitalised = pairsOnly
      ? bodiesOfStretches(text, pairStretches(text, askedEnds, shortNamed), lang)
      : capitalisedBodies(text, lang);
    const short = new Set(shortNamed);
    // The end of the last name that ran on into a gazetteer name (see below): later names inside it are its words.
    let ranOnTo = 0;
    for (const s of capitalised) {
      if (s.start < ranOnTo) continue;
      while (cursor < named.length && (named[cursor]?.end ?? 0) <= s.start) cursor++;
      const inside: OrgMention[] = [];
      for (let k = cursor; k < named.length && (named[k]?.start ?? 0) < s.end; k++) {
        const o = named[k];
        if (o && overlaps(o, s)) inside.push(o);
      }
      // A name whose complement is a body the gazetteer names in full, and which the grammar stopped inside that
      // name (at a word it does not take: `Secrétariat technique provisoire de l'Organisation du Traité
      // d'interdiction` + `complète des essais nucléaires`, `Временным техническим секретариатом Организации по
      // Договору` + `о всеобъемлющем запрещении ядерных испытаний`): one name, to the gazetteer name's end.
      const last = inside[inside.length - 1];
      if (last && last.start > s.start && last.end > s.end && !short.has(last)) {
        for (const o of inside) replaced.add(o);
        added.push({ ...s, end: last.end, name: `${s.name}${text.slice(s.end, last.end)}`.replace(/\s+/g, ' ') });
        ranOnTo = last.end;
        continue;
      }
      // A Spanish name that opens with a listed body, then `y` and an article before words with no head word, is that
      // body and something else (`Fondo de Operaciones y la Cuenta Especial`, the Working Capital Fund and the
      // Special Account): the listed name stays, the rest names no body.
      if (lang === 'es' && inside.length > 0 && listedThenOther(text, inside, s)) continue;
      if (inside.length === 0) added.push(s);
      // A longer capitalised name wins over gazetteer names inside it (`… Office of Counter-Terrorism`).
      else if (inside.every((o) => o.start >= s.start && o.end <= s.end && o.end - o.start < s.end - s.start)) {
        const row = gaz?.byKey.get(text.slice(s.start, s.end));
        // When the grammar's names may run on (see CapitalisedGrammar), a gazetteer name must open or end it, and
        // what follows one that opens it must not be a place (`Organization of American States in Managua`, `World
        // Meteorological Organization in Geneva`: the gazetteer's name stays).
        // A head word alone that the gazetteer knows (`Secretariat`) inside a longer name is that name's head, not a
        // body of its own (`Provisional Technical Secretariat of the Comprehensive Nuclear-Test-Ban Treaty
        // Organization`).
        const headOnly = grammar.runsOn && inside.every((o) => EN_HEADS.has(text.slice(o.start, o.end)));
        if (
          !grammar.runsOn ||
          (inside.some((o) => o.start === s.start || o.end === s.end) && !placeAfterName(text, inside, s)) ||
          headOnly
        ) {
          for (const o of inside) replaced.add(o);
          // (`League Secretariat in Cairo`: the name ends at its head word, as after a gazetteer name, placeAfterName.)
          const last = inside[inside.length - 1];
          if (headOnly && last && last.end < s.end && placeAfter(text.slice(last.end, s.end))) {
            added.push({ ...s, end: last.end, name: s.name.slice(0, last.end - s.start) });
          } else added.push(row ? { ...s, name: row.canonical } : s);
        }
      }
    }
    orgs = [...named.filter((o) => !replaced.has(o)), ...added];
  }
  // Security Council committees named by their resolutions or called by a number: one name each (see committees.ts).
  const committees = withCommittees(text, lang, orgs);
  orgs = committees.orgs;
  if (pairsOnly) {
    const short = new Set(shortNamed);
    orgs = orgs.filter((o) => askedEnds.has(o.end) || short.has(o));
  }
  // The finds do not overlap, so the order by start is the only one.
  orgs.sort((a, b) => a.start - b.start);

  // Fast path: finds that a pair overlaps are marked gone rather than filtered out, and the index grows with the
  // array; alive finds keep the order a filtered array would have (appended ones come after every earlier one).
  const gone = new Set<OrgMention>();
  const index = new SpanIndex(orgs);
  const append = (o: OrgMention) => index.add(orgs.push(o) - 1);
  // Finds stay pairwise disjoint (a pair's spans replace what they overlap), so at most one ends at `end`.
  const bodyEndingAt = (end: number) => index.first(end - 1, end, (o) => !gone.has(o) && o.end === end);

  const pairs: PairMention[] = [];
  const alias = new Map<string, string>();
  for (const b of brackets) {
    const pair = shortAfterLong(text, b, bodyEndingAt, lang, gaz) ?? shortBeforeLong(text, b.open, b.close, b.inner);
    if (!pair) continue;
    pairs.push(pair.pair);
    if (pair.body) {
      const body = pair.body;
      alias.set(pair.pair.short, pair.pair.long);
      for (const span of pair.inner ? [pair.shortSpan] : [body, pair.shortSpan])
        for (const o of index.near(span.start, span.end)) if (overlaps(o, span)) gone.add(o);
      if (!pair.inner) append({ ...body, name: pair.pair.long, source: 'pair-long' });
      append({ ...pair.shortSpan, name: pair.pair.long, source: 'pair-short' });
    }
  }
  if (pairsOnly) alias.clear();
  const occurrences = wholeWordMatchesOfEach(text, [...alias.keys()]);
  for (const [short, name] of alias) {
    for (const [start, end] of occurrences.get(short) ?? []) {
      const span = { start, end };
      const hit = index.first(span.start, span.end, (o) => !gone.has(o) && overlaps(o, span));
      if (!hit) append({ ...span, name, source: 'pair-short' });
      else if (hit.start === span.start && hit.end === span.end) hit.name = name;
    }
  }
  if (gone.size > 0) orgs = orgs.filter((o) => !gone.has(o));
  pairs.push(...committees.pairs);
  // Short forms the gazetteer knows that the document uses without introducing them.
  if (gaz) {
    const seen = new Set(pairs.map((p) => p.short));
    for (const o of orgs) {
      const form = text.slice(o.start, o.end).replace(/\n/g, ' ');
      const row = gaz.byKey.get(form);
      if (!row || row.type !== 'short' || seen.has(form)) continue;
      seen.add(form);
      pairs.push({ start: o.start, end: o.end, long: row.canonical, short: form, confidence: 0.8 });
    }
  }
  if (pairsOnly) return { orgs: [], pairs };
  orgs.sort((a, b) => a.start - b.start);
  if (lang === 'en') nameLeadingShortForms(orgs);
  return { orgs, pairs };
}

/**
 * English names that open a longer name the document gave before them, which goes on with `for` or `on` (`the
 * National Union` after `National Union for the Total Independence of Angola`, `the International Tribunal` after
 * `International Tribunal for the Prosecution of Persons …`, `the Panel of Experts` after `Panel of Experts on
 * Liberia`): that body, when exactly one such name was found in the 2,000 characters before (the body, or the short
 * form already read as it). Only capitalised finds, not a principal organ. Not `in` (a place: `United Nations
 * Protection Force in Croatia` is the Force where it serves), not `of` (`Department of Public Information of the
 * Secretariat` is the Department), and not a longer name holding another body's head word (`Board of Auditors on
 * the International Tribunal …` is the Board, reporting on the Tribunal). `orgs` in document order; names are
 * changed in place.
 */
function nameLeadingShortForms(orgs: readonly OrgMention[]): void {
  // Where each name (a short form counted under its body's) was last found, and the names seen so far by first word.
  const lastAt = new Map<string, number>();
  const byFirstWord = new Map<string, string[]>();
  const byLastWord = new Map<string, string[]>();
  // The names the gazetteer found (canonical).
  const listed = new Set<string>();
  for (const o of orgs) {
    const x = o.name;
    if (o.source === 'capitalised' && !WHOLE_ORGANS.has(x)) {
      const ux = unhyphenated(x);
      const longer = (byFirstWord.get(firstWord(x)) ?? []).filter((y) => {
        if (y.length <= x.length || o.start - (lastAt.get(y) ?? -Infinity) > LEADS_NEAR) return false;
        const uy = unhyphenated(y);
        if (!uy.startsWith(ux)) return false;
        const rest = uy.slice(ux.length);
        // `in` and a place belong to a name the gazetteer lists (`the United Nations Peace-keeping Force` after
        // `United Nations Peacekeeping Force in Cyprus`); after another name they say where it serves.
        if (!LEADS_ON.test(rest) && !(listed.has(y) && LEADS_IN.test(rest))) return false;
        return !rest.split(' ').some((w) => EN_HEADS.has(w));
      });
      if (longer.length === 1) o.name = longer[0] as string;
      else if (x.includes(' ')) {
        const ending = (byLastWord.get(lastWord(x)) ?? []).filter(
          (y) =>
            y.length > x.length &&
            o.start - (lastAt.get(y) ?? -Infinity) <= LEADS_NEAR &&
            y.endsWith(x) &&
            QUALIFIERS.test(y.slice(0, y.length - x.length)),
        );
        if (ending.length === 1) o.name = ending[0] as string;
      }
    }
    if (!lastAt.has(o.name)) {
      const list = byFirstWord.get(firstWord(o.name));
      if (list) list.push(o.name);
      else byFirstWord.set(firstWord(o.name), [o.name]);
      const ends = byLastWord.get(lastWord(o.name));
      if (ends) ends.push(o.name);
      else byLastWord.set(lastWord(o.name), [o.name]);
    }
    lastAt.set(o.name, o.end);
    if (o.source === 'gazetteer') listed.add(o.name);
  }
}
/** A name without the hyphens inside its words (`Peace-keeping` → `Peacekeeping`, as old resolutions spell it). */
/** Whether `s` opens with a listed name of `inside`, then ` y la ` (or `el`, `los`, `las`) and words with no head. */
function listedThenOther(text: string, inside: readonly OrgMention[], s: OrgMention): boolean {
  const first = inside[0];
  if (!first || first.start !== s.start || first.end >= s.end) return false;
  const m = /^ (?:y|e) (?:la|el|los|las) (.+)$/u.exec(text.slice(first.end, s.end));
  return m !== null && !(m[1] ?? '').split(/\s+/u).some((w) => ES_HEADS.has(w));
}

function unhyphenated(name: string): string {
  return name.includes('-') ? name.replace(/(?<=\p{L})-(?=\p{Ll})/gu, '') : name;
}
const LEADS_IN = /^ in /;
// What a longer name may put before the words of a shorter one that ends it, for the shorter to be its short form:
// capitalised words that qualify it (`United Nations Peace-keeping` before `Force in Cyprus`, `Israel-Syrian` before
// `Mixed Armistice Commission`), no connector (`Council of Ministers of the` is another body's name) nor possessive.
const QUALIFIERS = /^(?:[A-Z][\w-]*(?<!['’]s) )+$/u;
// How far after the body's last mention its short form is read as it (characters): one document's discussion of it,
// not a file of unrelated sentences (the dev set's `Special Committee` lines name several special committees).
const LEADS_NEAR = 2000;
const LEADS_ON = /^ (?:for|on) /;

/**
 * Whether a capitalised name `s` is one gazetteer name that opens it, then `in` or `at` and words without a head word
 * (a place: `World Meteorological Organization in Geneva`).
 */
function placeAfterName(text: string, inside: readonly OrgMention[], s: { start: number; end: number }): boolean {
  const [o] = inside;
  if (inside.length !== 1 || !o || o.start !== s.start) return false;
  return placeAfter(text.slice(o.end, s.end));
}
/** Whether what follows a name is `in` or `at` and words without a head word (a place). */
function placeAfter(rest: string): boolean {
  return PLACE_AFTER.test(rest) && !rest.split(/[ \n]/).some((w) => EN_HEADS.has(w));
}
const PLACE_AFTER = /^[ \n](?:in|at)[ \n]/;

/** A match of `PAREN`: where the bracket opens and closes, its content trimmed, and what is known of it. */
interface Bracket {
  open: number;
  close: number;
  inner: string;
  /** `isShortForm(inner, gaz)`, once asked (`holdsShortForm`). */
  short?: boolean;
  /** `longFormBefore(text, open)`, once asked (`longFormOf`). */
  long?: LongFormBefore;
}

/** The matches of `PAREN` in order (found by `bracketSpans`). */
function bracketsOf(text: string): Bracket[] {
  const out: Bracket[] = [];
  const spans = bracketSpans(text);
  for (let i = 0; i < spans.length; i += 2) {
    const open = spans[i] ?? 0;
    const close = spans[i + 1] ?? 0;
    out.push({ open, close, inner: text.slice(open + 1, close - 1).trim() });
  }
  return out;
}

/** `isShortForm` of a bracket's content, worked out once (the pairs-only pass asks it before the pair loop). */
function holdsShortForm(b: Bracket, gaz: Gazetteer | undefined): boolean {
  b.short ??= isShortForm(b.inner, gaz);
  return b.short;
}

/** `longFormBefore` of a bracket, worked out once. */
function longFormOf(text: string, b: Bracket): LongFormBefore {
  b.long ??= longFormBefore(text, b.open);
  return b.long;
}

interface LongFormBefore {
  lineStart: number;
  before: string;
  endLong: number;
}

/**
 * Where the clause before a bracket at `open` starts, and where its text ends once white space before the bracket
 * is dropped: the long form of `Long Form (ACR)` ends there.
 */
function longFormBefore(text: string, open: number): LongFormBefore {
  let lineStart = open;
  while (lineStart > 0 && !CLAUSE_END.has(text.charCodeAt(lineStart - 1))) lineStart--;
  const before = text.slice(lineStart, open).replace(/\s+$/, '');
  return { lineStart, before, endLong: lineStart + before.length };
}

/**
 * The stretches (see `capitalisedBodies`) that can hold a capitalised name a pair reads: the one holding the
 * character before each asked end, and those each gazetteer short form overlaps; in order, each once.
 */
function pairStretches(
  text: string,
  askedEnds: ReadonlySet<number>,
  shortNamed: ReadonlyArray<{ start: number; end: number }>,
): Array<[number, number]> {
  const byStart = new Map<number, number>();
  for (const e of askedEnds) {
    if (e > 0 && !breaksSequence(text.charCodeAt(e - 1))) {
      const [start, end] = stretchAround(text, e - 1);
      byStart.set(start, end);
    }
  }
  for (const [start, end] of stretchesOverlapping(text, shortNamed)) byStart.set(start, end);
  return [...byStart].sort((a, b) => a[0] - b[0]);
}

/** The stretches that the spans overlap, for each span in turn. */
function stretchesOverlapping(
  text: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const o of spans) {
    for (let k = o.start; k < o.end;) {
      if (breaksSequence(text.charCodeAt(k))) k++;
      else {
        const s = stretchAround(text, k);
        out.push(s);
        k = s[1];
      }
    }
  }
  return out;
}

/**
 * In pairsOnly mode, the gazetteer matches the pass reads, without the scan of the whole text (see `GazetteerNear`):
 * every match of a short form (each starts where `shortFormStarts` finds one standing), every match overlapping the
 * code unit before an asked end, and, in English, every match inside a stretch where capitalised names are read
 * (`pairStretches`: before an asked end, or overlapping a short form's match). The same matches as
 * `gazetteerMatches` in those places, in document order; undefined when the gazetteer needs its pattern.
 */
function pairGazetteerMatches(
  text: string,
  gaz: Gazetteer,
  lang: UnLang,
  askedEnds: ReadonlySet<number>,
): GazetteerMatch[] | undefined {
  const first = GazetteerNear.of(text, gaz);
  const second = GazetteerNear.of(text, gaz);
  if (!first || !second) return undefined;
  const regions: Array<[number, number]> = shortFormStarts(text, gaz).map((p) => [p, p + 1]);
  for (const e of askedEnds) {
    if (e <= 0) continue;
    regions.push(
      CAPITALISED[lang] && !breaksSequence(text.charCodeAt(e - 1)) ? stretchAround(text, e - 1) : [e - 1, e],
    );
  }
  regions.sort((a, b) => a[0] - b[0]);
  for (const [from, to] of regions) first.cover(from, to);
  if (!CAPITALISED[lang]) return first.matches;
  // The stretches the short forms' matches overlap (found by the first scan: every short form's match is there).
  const shorts = first.matches.filter((g) => g.row.type === 'short');
  for (const [from, to] of stretchesOverlapping(text, shorts).sort((a, b) => a[0] - b[0])) second.cover(from, to);
  // Both in one list, in order; a match both found is the same match (a match at a position is one).
  const byStart = new Map<number, GazetteerMatch>();
  for (const g of [...first.matches, ...second.matches]) byStart.set(g.start, g);
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** The stretch between characters that break a sequence around position `k` (a character that does not). */
function stretchAround(text: string, k: number): [number, number] {
  let start = k;
  while (start > 0 && !breaksSequence(text.charCodeAt(start - 1))) start--;
  let end = k + 1;
  while (end < text.length && !breaksSequence(text.charCodeAt(end))) end++;
  return [start, end];
}

/**
 * What `capitalisedBodies` finds in the given stretches (in order): it scans a stretch exactly when a head word
 * appears in it, even inside another word, as its `EN_ANY_HEAD` scan finds such a stretch once.
 */
function bodiesOfStretches(text: string, stretches: ReadonlyArray<[number, number]>, lang: UnLang): OrgMention[] {
  const out: OrgMention[] = [];
  const grammar = CAPITALISED[lang];
  if (!grammar) return out;
  for (const [start, end] of stretches) {
    if (grammar.anyHead.test(text.slice(start, end))) bodiesOfStretch(text, start, end, out, lang);
  }
  return out;
}

// Characters that end the clause a long form is looked for in: a line break and `;:.!?(),` (what the pattern
// /[\n;:.!?(),]/ matched, one code unit at a time).
const CLAUSE_END = new Set([...'\n;:.!?(),'].map((c) => c.charCodeAt(0)));

interface FoundPair {
  pair: PairMention;
  /** The long form's span when it names a body. */
  body?: { start: number; end: number };
  shortSpan: { start: number; end: number };
  /**
   * The long form is a body named inside the one before the bracket (`General Assembly of the Organization of
   * American States (OAS)`): that body's mention stays as it is, and only the short form is named by the pair.
   */
  inner?: true;
}

/** `Long Form (ACR)`: Schwartz–Hearst over the words before the bracket, else a body ending right before it. */
function shortAfterLong(
  text: string,
  bracket: Bracket,
  bodyEndingAt: (end: number) => OrgMention | undefined,
  lang: UnLang,
  gaz: Gazetteer | undefined,
): FoundPair | undefined {
  const { open, close, inner } = bracket;
  if (!holdsShortForm(bracket, gaz)) return undefined;
  const shortStart = text.indexOf(inner, open);
  const shortSpan = { start: shortStart, end: shortStart + inner.length };
  // The words before the bracket, within the clause.
  const { lineStart, before, endLong } = longFormOf(text, bracket);
  const words = before.split(/(?<=\s)/);
  const window = words.slice(-maxLongFormWords(inner.replace(/[^\p{L}\p{N}]/gu, '').length)).join('');
  // A number after the letters that the long form does not spell (`European Cybercrime Centre (EC3)`): the letters.
  const spelled = /\p{L}\d+$/u.test(inner) ? inner.replace(/\d+$/u, '') : inner;
  const gazRow = gaz?.byKey.get(inner);
  let at = schwartzHearstStart(inner, window);
  if (at < 0 && spelled !== inner && (spelled.match(CAPITALS)?.length ?? 0) >= 2)
    at = schwartzHearstStart(spelled, window);
  // A word made of the first letters of two or more words (`European Police Office (Europol)`): read as the
  // letters are, from a long form whose first word alone does not hold them (not `Kenya Red Cross (Kenya)`).
  const blend = BLEND.test(inner) && !gazRow;
  if (
    blend &&
    (at < 0 || holdsInOrder((window.slice(at).split(/\s/, 1)[0] ?? '').toLowerCase(), inner.toLowerCase()))
  ) {
    return undefined;
  }
  const bodyBefore = bodyEndingAt(endLong);
  if (at >= 0) {
    let start = endLong - (window.length - at);
    // Drop a leading article or preposition (`the`, `la`, `of`), and an elided one (`l'Association`, `d'EULEX`).
    const lead = /^(?:(?:the|of|for|a|an|la|le|les|l'|el|los|las|de|del|des|du|о|об|в)\s+|[ld]['’](?=\p{L}))/iu.exec(
      text.slice(start, endLong),
    );
    if (lead) start += lead[0].length;
    // The letters read from the words after a body's head word (`Mission multidimensionnelle intégrée … (MINUSMA)`,
    // `Misión Multidimensional Integrada … (MINUSMA)`): the name starts at the head word.
    if (lang === 'fr' || lang === 'es' || lang === 'ru') {
      const prev = /(\p{Lu}\p{L}*)\s+$/u.exec(text.slice(lineStart, start));
      if (prev && HEAD_STEMS[lang].test(prev[1] ?? '')) start -= prev[0].length;
    }
    // Lower-case words before a body's name (`on the United Nations Operation in Mozambique (ONUMOZ)`, where the
    // letters are the Spanish name's, found scattered in the English words): the name alone.
    const lowerFirst = LOWER_PREFIX.exec(text.slice(start, endLong));
    if (lowerFirst) {
      const rest = text
        .slice(start + lowerFirst[0].length, endLong)
        .replace(/\s+/g, ' ')
        .replace(/^["“]|["”]$/gu, '');
      if (rest.split(' ').length >= 2 && looksLikeBody(rest, lang)) start += lowerFirst[0].length;
    }
    // A name in quotation marks (`« Forces démocratiques de libération du Rwanda » (FDLR)`, which the dev set writes
    // `<< … >>`; `entitled "SIDS Accelerated Modalities of Action (SAMOA)`): the name without them, nor the
    // lower-case words before them.
    const openQuote = /^(?:[\p{Ll}'’-]+\s+)*(?:<<|«|["“])\s*(?=\p{Lu})/u.exec(text.slice(start, endLong));
    // Only when the quotation holds the whole rest: `организация <<Аль-Каида>> на Аравийском полуострове (АКАП)`
    // quotes one word of the name.
    if (openQuote && !/>>|»|["”]/u.test(text.slice(start + openQuote[0].length, endLong).replace(CLOSING_QUOTE, ''))) {
      start += openQuote[0].length;
    }
    const closeQuote = CLOSING_QUOTE.exec(text.slice(start, endLong));
    const end = closeQuote ? endLong - closeQuote[0].length : endLong;
    const longText = text.slice(start, end).replace(/\s+/g, ' ');
    if (longText.split(' ').length < 2 || longText.length <= inner.length) return undefined;
    // A short form the gazetteer knows, whose body's name ends a longer body's name, names the body inside it
    // (`General Assembly of the Organization of American States (OAS)`: the OAS, not its General Assembly).
    const innerStart =
      gazRow && bodyBefore && bodyBefore.name !== gazRow.canonical
        ? innerBodyStart(text, bodyBefore.start, end, start, longText, gazRow, gaz, lang)
        : -1;
    if (gazRow && innerStart > (bodyBefore?.start ?? Infinity)) {
      return {
        pair: { start: innerStart, end: close, long: gazRow.canonical, short: inner, confidence: 1 },
        shortSpan,
        body: { start: innerStart, end },
        inner: true,
      };
    }
    // A word read out of a body named as the complement of a longer one (`Centre européen de lutte contre la
    // cybercriminalité de l'Office européen de police (Europol)`): the word is the inner body's, which the longer
    // name's mention holds.
    if (blend && bodyBefore && bodyBefore.start < start && COMPLEMENT_END.test(text.slice(bodyBefore.start, start))) {
      return {
        pair: { start, end: close, long: inflectedName(longText, gazRow, lang), short: inner, confidence: 0.9 },
        shortSpan,
        body: { start, end },
        inner: true,
      };
    }
    // The body named just before, when the letters were read out of it; else the long form itself.
    const named = bodyBefore && bodyBefore.start <= start ? bodyBefore : undefined;
    // A body whose name is the gazetteer's for the short form but for an ending (`Организации по безопасности и
    // сотрудничества в Европе (ОБСЕ)`, a slip for `сотрудничеству`): the gazetteer's name, for the mention too.
    if (named && gazRow && named.name !== gazRow.canonical && sameNameInflected(named.name, gazRow.canonical)) {
      named.name = gazRow.canonical;
    }
    const body = named ?? { start, end };
    const known = gaz?.byKey.get(longText);
    const name = named?.name ?? known?.canonical ?? inflectedName(longText, gazRow, lang);
    const isBody = Boolean(named) || Boolean(known) || looksLikeBody(longText, lang);
    return {
      pair: { start: body.start, end: close, long: name, short: inner, confidence: blend ? 0.9 : 1 },
      shortSpan,
      ...(isBody ? { body } : {}),
    };
  }
  // The letters come from another language (`(UNISFA)` after `Fuerza Provisional …`): a body must end here.
  // A short form the gazetteer knows names its own body, whatever body's name ends just before it.
  const trusted = bodyBefore && (!gazRow || gazRow.canonical === bodyBefore.name) ? bodyBefore : undefined;
  const headed = trusted ?? headedLongForm(text, lineStart, endLong, lang) ?? bodyBefore;
  // (A short form the gazetteer knows may be a word, without capitals: `منظمة الأمم المتحدة للطفولة (اليونيسيف)`.)
  const capitals = inner.match(CAPITALS)?.length ?? 0;
  if (!headed || (capitals < 3 && !(gazRow && capitals === 0))) return undefined;
  // A head word alone (`su Misión (ECOMIB)`, its mission) names no body, unless the gazetteer knows the short form.
  if (!gazRow && !/\s/u.test(text.slice(headed.start, headed.end).trim())) return undefined;
  const name =
    gazRow?.canonical ??
    (trusted
      ? trusted.name
      : inflectedName(text.slice(headed.start, headed.end).replace(/\s+/g, ' '), undefined, lang));
  return {
    pair: { start: headed.start, end: close, long: name, short: inner, confidence: gazRow ? 0.8 : 0.6 },
    shortSpan,
    body: { start: headed.start, end: headed.end },
  };
}

/**
 * Where the name of a short form's body (`shortRow`'s canonical) starts inside the text from `from` to `end`, when it
 * ends there: one of its gazetteer forms written out at the end (`… of the Organization of American States`), or the
 * long form Schwartz–Hearst read (from `readStart`) in another case (`… Организации американских государств`). -1
 * when neither.
 */
function innerBodyStart(
  text: string,
  from: number,
  end: number,
  readStart: number,
  readText: string,
  shortRow: GazetteerRow,
  gaz: Gazetteer | undefined,
  lang: UnLang,
): number {
  for (const row of gaz?.rows ?? []) {
    if (row.canonical !== shortRow.canonical || row.type === 'short') continue;
    const at = end - row.form.length;
    if (at > from && text.startsWith(row.form, at) && !letterOrDigitBefore(text, at)) return at;
  }
  return (gaz?.byKey.get(readText)?.canonical ?? inflectedName(readText, shortRow, lang)) === shortRow.canonical
    ? readStart
    : -1;
}

/**
 * The name of a body a long form names as the text writes it: the gazetteer's name for the short form when the
 * long form is that name in another case (`Программой развития …` before `(ПРООН)`); else, in Russian, the long
 * form with its head in the nominative (nominativeRu); else the long form.
 */
function inflectedName(long: string, shortRow: GazetteerRow | undefined, lang: UnLang): string {
  if (shortRow && sameNameInflected(long, shortRow.canonical)) return shortRow.canonical;
  return lang === 'ru' ? nominativeRu(long) : long;
}

// A closing quotation mark at the end of a long form (the dev set writes « » as << >>), and the spaces around it.
const CLOSING_QUOTE = /\s*(?:>>|»|["”])\s*$/u;

// Lower-case words (and quotes, apostrophes, hyphens) and the spaces after them, before a capital (or a quotation
// mark and a capital).
const LOWER_PREFIX = /^(?:[\p{Ll}'’"“«<-]+\s+)+(?=["“]?\p{Lu})/u;

/** `ACR (Long Form)`: the acronym right before the bracket, its letters read out of the whole bracket. */
function shortBeforeLong(text: string, open: number, close: number, inner: string): FoundPair | undefined {
  const m = /(\p{Lu}[\p{Lu}\p{N}-]{1,11})\s*$/u.exec(text.slice(Math.max(0, open - 14), open));
  const short = m?.[1];
  if (!short || (short.match(CAPITALS)?.length ?? 0) < 2) return undefined;
  if (inner.split(/\s+/).length < 2 || !/^\p{Lu}/u.test(inner)) return undefined;
  const at = schwartzHearstStart(short, inner);
  if (at !== 0) return undefined;
  const shortStart = open - m[0].length;
  const innerStart = text.indexOf(inner, open);
  return {
    pair: { start: shortStart, end: close, long: inner.replace(/\s+/g, ' '), short, confidence: 1 },
    shortSpan: { start: shortStart, end: shortStart + short.length },
    body: { start: innerStart, end: innerStart + inner.length },
  };
}

function isShortForm(inner: string, gaz: Gazetteer | undefined): boolean {
  if (gaz?.byKey.get(inner)?.type === 'short' || gaz?.byKey.get(inner)?.type === 'alias') return true;
  if (BLEND.test(inner)) return true;
  if (!LATIN_SHORT_FORM.test(inner) || ROMAN.test(inner) || SESSION.test(inner)) return false;
  return (inner.match(CAPITALS)?.length ?? 0) >= 2;
}

// A short form written as a word, one capital and four to ten letters (`Europol`, `Eurojust`, `Frontex`): taken only
// when its letters are read out of two or more words before it (see shortAfterLong).
const BLEND = /^\p{Lu}\p{Ll}{3,9}$/u;
// The end of a name's words before the complement that names another body (`… of the`, `… de l'`, `… del`).
const COMPLEMENT_END = /(?:\s(?:of(?: the)?|de(?: la| los| las)?|du|des|del)\s+|\sd['’]|\s(?:de )?l['’])$/u;

/** Are the letters of `letters` in `word`, in order (not necessarily next to each other)? */
function holdsInOrder(word: string, letters: string): boolean {
  let k = 0;
  for (let i = 0; i < word.length && k < letters.length; i++) if (word[i] === letters[k]) k++;
  return k === letters.length;
}

/**
 * Whether a long form names a body: it holds a head word of the language (in English, one that no document, event or
 * place word follows, as for capitalised sequences: `United Nations Protected Areas (UNPAs)` is a place).
 */
function looksLikeBody(long: string, lang: UnLang): boolean {
  const words = long.split(/[\s]+/);
  if (lang === 'en') {
    const lastHead = words.findLastIndex((w) => EN_HEADS.has(w));
    return lastHead >= 0 && /^\p{Lu}/u.test(long) && !words.slice(lastHead + 1).some((w) => EN_NOT_BODY_WORD.test(w));
  }
  if (lang === 'zh') return false;
  return words.some((w) => HEAD_STEMS[lang].test(w));
}

// Words that start a clause, or point at something named before, which a body's name does not hold.
const CLAUSE_WORDS: Partial<Record<UnLang, ReadonlySet<string>>> = {
  fr: new Set(['que', 'qui', 'dont', 'grâce', 'ce', 'cette', 'ces', 'sa', 'son', 'ses', 'leur', 'leurs', 'il', 'elle']),
  es: new Set(['que', 'quien', 'cual', 'cuyo', 'cuya', 'su', 'sus', 'este', 'esta', 'estos', 'estas', 'ese', 'esa']),
  // Relative and demonstrative words, and the past-tense verbs of UN reporting in their three forms (`Комитет
  // рекомендовал Региональному отделению … (ЮНОЦА)` names the office, not the committee).
  ru: new Set([
    ...['что', 'который', 'которая', 'которое', 'которые', 'этим', 'этого', 'этой', 'этом', 'его', 'ее', 'её', 'их'],
    ...['своей', 'своего', 'своим', 'свою', 'свой'],
    ...[
      'рекомендовал',
      'отметил',
      'призвал',
      'постановил',
      'решил',
      'заявил',
      'приветствовал',
      'просил',
      'подчеркнул',
      'предложил',
      'поручил',
      'утвердил',
      'принял',
      'выразил',
      'напомнил',
      'сообщил',
      'указал',
      'поблагодарил',
    ].flatMap((v) => [v, `${v}а`, `${v}и`]),
  ]),
};

/**
 * A body's name that ends at `end`, for languages without a capitalised-sequence rule: from the leftmost capitalised
 * word (within 14 words and the clause) to the end, holding a head word.
 */
function headedLongForm(
  text: string,
  from: number,
  endLong: number,
  lang: UnLang,
): { start: number; end: number } | undefined {
  // A name in quotation marks ends before the closing one (`«Армия сопротивления Бога» (ЛРА)`).
  const closeQuote = CLOSING_QUOTE.exec(text.slice(from, endLong));
  const end = closeQuote ? endLong - closeQuote[0].length : endLong;
  const stretch = text.slice(from, end);
  const re = /[\p{L}\p{N}'’-]+/gu;
  const words: Array<{ w: string; at: number }> = [];
  for (let m = re.exec(stretch); m; m = re.exec(stretch)) words.push({ w: m[0], at: from + m.index });
  let last = words.slice(-14);
  // A name does not reach back over a word that starts a clause or points (`que`, `qui`, `sa`, `ce`): `Comité
  // recomendó que la Oficina de las Naciones Unidas para África Central` names the office.
  const stops = CLAUSE_WORDS[lang];
  if (stops) {
    const k = last.findLastIndex((x) => stops.has(x.w.toLowerCase()));
    if (k >= 0) last = last.slice(k + 1);
  }
  // English capitalises every word of a name: the name is the run of capitalised words and connectors that ends
  // here (`… Guinea-Bissau, namely through the activities of its Mission (ECOMIB)` is `Mission`, no name), not
  // everything from the clause's first capital.
  if (lang === 'en') {
    let k = last.length;
    while (k > 0 && (/^\p{Lu}/u.test(last[k - 1]!.w) || EN_CONNECTORS.has(last[k - 1]!.w))) k--;
    last = last.slice(k);
  }
  const firstCap = last.findIndex((x) => /^\p{Lu}/u.test(x.w));
  if (firstCap < 0) return undefined;
  const span = last.slice(firstCap);
  if (!looksLikeBody(span.map((x) => x.w).join(' '), lang) && !(lang === 'en')) return undefined;
  if (lang === 'en' && !span.some((x) => EN_HEADS.has(x.w))) return undefined;
  return { start: span[0]?.at ?? end, end };
}

// The lower-case words inside an English name (`Office on Drugs and Crime`, `Court of Justice`).
const EN_CONNECTORS = new Set(['of', 'for', 'on', 'and', 'in', 'against', 'to', 'the']);

/**
 * Whether a code unit can never be part of a capitalised sequence: a line break, or an ASCII character other than
 * a letter, a digit, a space, `'` or `-` (`,` `.` `;` `(` `/` `"` …). Other non-ASCII characters count as possible
 * parts, which only makes the stretches scanned below longer.
 */
function breaksSequence(c: number): boolean {
  if (c >= 0x80) return false;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return false;
  return c !== 0x20 && c !== 0x27 && c !== 0x2d;
}

/**
 * English capitalised sequences that hold a head word, openings naming an office or a document cut off.
 * Fast path: no sequence crosses a character that `breaksSequence`, so the scan of the whole text can be cut into
 * stretches between such characters, each scanned afresh from its start with the same matches; and a stretch
 * where no head word appears, even inside another word, holds no body, so only stretches around a head word found
 * by `EN_ANY_HEAD` are scanned. A grammar whose sequences start at a head word (French) scans the whole text at once.
 */
export function capitalisedBodies(text: string, lang: UnLang = 'en'): OrgMention[] {
  const out: OrgMention[] = [];
  const grammar = CAPITALISED[lang];
  if (!grammar) return out;
  if (grammar.startsAtHead) {
    bodiesOfStretch(text, 0, text.length, out, lang);
    return out;
  }
  const anyHead = grammar.anyHeadGlobal;
  anyHead.lastIndex = 0;
  for (let h = anyHead.exec(text); h; h = anyHead.exec(text)) {
    const [start, end] = stretchAround(text, h.index);
    anyHead.lastIndex = end;
    bodiesOfStretch(text, start, end, out, lang);
  }
  return out;
}

/** The bodies of a stretch between characters that break a sequence: what a scan of the whole text finds there. */
export function bodiesOfStretch(
  text: string,
  start: number,
  end: number,
  out: OrgMention[],
  lang: UnLang = 'en',
): void {
  CAPITALISED[lang]?.scan(text, start, end, out);
}

/** A language whose bodies' names are read by a grammar: its head words and how a stretch is read. */
interface CapitalisedGrammar {
  /** any head word, even inside a longer word */
  anyHead: RegExp;
  /** the same, global */
  anyHeadGlobal: RegExp;
  /**
   * Its names start at a head word or a few words before one: one scan of the whole text costs less than finding
   * the head words first and scanning the stretches around them (capitalisedBodies), and finds the same names.
   */
  startsAtHead: boolean;
  /** the bodies of the stretch [start, end) of a text, in order */
  scan: (text: string, start: number, end: number, out: OrgMention[]) => void;
  /**
   * Its names may run on past a body's name (an English capitalised sequence: `… United Nations Member States`):
   * they replace the gazetteer names inside them only when one opens or ends them (English names open with the
   * United Nations rather than hold it). Otherwise the grammar bounds its names, and they replace the gazetteer
   * names anywhere inside them (`بعثة الأمم المتحدة لتحقيق الاستقرار في مالي`, `Fonds des Nations Unies pour la
   * population`, `Misión de las Naciones Unidas en Sudán del Sur`).
   */
  runsOn?: boolean;
}

/**
 * A grammar that reads the matches of a sequence pattern (global) in a stretch, each with `add`: capitalised words
 * and connectors (English, Spanish), or a head word and the words after it (French).
 */
function sequenceGrammar(
  sequence: RegExp,
  anyHead: RegExp,
  add: (sequence: string, start: number, out: OrgMention[]) => void,
  startsAtHead = false,
): CapitalisedGrammar {
  const scan = (text: string, start: number, end: number, out: OrgMention[]) => {
    sequence.lastIndex = start;
    for (let m = sequence.exec(text); m && m.index < end; m = sequence.exec(text)) {
      // Fast path: one word alone (most matches) is never a body, as every rule needs two words.
      if (!m[0].includes(' ')) continue;
      add(m[0], m.index, out);
    }
  };
  return { anyHead, anyHeadGlobal: new RegExp(anyHead.source, 'g'), startsAtHead, scan };
}

const CAPITALISED: Partial<Record<UnLang, CapitalisedGrammar>> = {
  // The UN page header `Security Council Distr.: General` is no name.
  en: {
    ...sequenceGrammar(EN_CAPITALISED_SEQUENCE, EN_ANY_HEAD, (seq, start, out) =>
      addBodies(seq.replace(/ Distr$/, ''), start, out),
    ),
    runsOn: true,
  },
  es: sequenceGrammar(ES_CAPITALISED_SEQUENCE, ES_ANY_HEAD, addBodiesEs),
  // French capitalises a name's first word only: the sequence is a head word and the words after it, which a
  // grammar bounds (french.ts).
  fr: sequenceGrammar(FR_SEQUENCE, FR_ANY_HEAD, addBodiesFr, true),
  // Russian capitalises a name's first word and its proper names, and declines it: each head noun is read with the
  // adjectives before it and the complements after it (russian.ts).
  ru: { anyHead: RU_ANY_HEAD, anyHeadGlobal: new RegExp(RU_ANY_HEAD.source, 'gu'), startsAtHead: true, scan: scanRu },
  // Arabic has no capitals: each head word is read with the definite words and complements after it (arabic.ts).
  ar: {
    anyHead: AR_ANY_HEAD,
    anyHeadGlobal: new RegExp(AR_ANY_HEAD.source, 'g'),
    startsAtHead: true,
    scan: scanAr,
  },
};

// A person's offices and titles, which a Spanish name does not go on to after `por`, `ante`, `al`, `y` … (see
// addBodiesEs): `nombrar Jefe de Misión de la Fuerza … para Abyei al Sr. Haile …`.
const ES_OFFICES = new Set(
  (
    'Representante Representantes Secretario Secretaria Presidente Presidenta Vicepresidente Vicepresidenta Relator ' +
    'Relatora Enviado Enviada Director Directora Jefe Jefa Ministro Ministra Embajador Embajadora Coordinador ' +
    'Coordinadora Asesor Asesora Magistrado Magistrada Fiscal Sr Sra Sres Sras Srta Dr Dra'
  ).split(' '),
);

// The United Nations' principal organs in Spanish: `… de las Naciones Unidas` after one names the organ.
const ES_ORGANS = new Set([
  'Consejo de Seguridad',
  'Asamblea General',
  'Consejo Económico y Social',
  'Consejo de Administración Fiduciaria',
  'Corte Internacional de Justicia',
]);

const OF_THE_UN_ES = ' de las Naciones Unidas';
const ES_WHOLE_BEFORE = new RegExp(
  `^(${[...ES_ORGANS, 'Unión Africana', 'Unión Europea'].join('|')}) (?:y|e|a|al|para|contra|en|sobre|ante)(?: |$)|^(Secretaría) (?:por|sobre)(?: |$)`,
  'u',
);

// `Alto Comisionado`, `Alta Comisionada`: the adjective before the head is part of the name.
const ES_HEAD_OPENING = new Set(['Alto', 'Alta']);

/**
 * The bodies a Spanish capitalised sequence starting at `start` names. Spanish puts adjectives after the noun, so a
 * name starts at its first head word (`Exhorta al Consejo de Seguridad` → `Consejo de Seguridad`); two names joined
 * by `y` are split where the second starts with a head word (`Consejo de Seguridad y la Asamblea General`), not
 * otherwise (`Consejo Económico y Social`); a person's office after `por`, `ante`, `y` … is cut off; a document, event or place word after the last head word (`Programa de
 * Acción de Estambul`), a state's mission (`Misión Permanente de …`) and states named with a head word are no bodies.
 */
function addBodiesEs(sequence: string, start: number, out: OrgMention[]): void {
  const words = sequence.split(' ');
  // (`Misión` in `Jefe de Misión`, head of mission, and `División` in `General de División`, a rank, are a person's
  // title: the body is what comes after it.)
  let first = words.findIndex(
    (w, i) =>
      ES_HEADS.has(w) &&
      !(w === 'Misión' && words[i - 1] === 'de' && /^Jef[ea]s?$/u.test(words[i - 2] ?? '')) &&
      !(w === 'División' && words[i - 1] === 'de' && words[i - 2] === 'General'),
  );
  if (first < 0) return;
  // A state named with a head word (`Federación de Rusia en el Consejo de Seguridad`): the bodies after it.
  const cutAt = first === 0 ? 0 : words.slice(0, first).join(' ').length + 1;
  for (const state of ES_STATES) {
    if (!sequence.startsWith(state + ' ', cutAt)) continue;
    const rest = cutAt + state.length + 1;
    addBodiesEs(sequence.slice(rest), start + rest, out);
    return;
  }
  if (first > 0 && ES_HEAD_OPENING.has(words[first - 1] ?? '')) first--;
  const cut = first === 0 ? 0 : words.slice(0, first).join(' ').length + 1;
  const seq = sequence.slice(cut);
  const at0 = start + cut;
  // `y de` right after the head word joins two complements of something before the name, not two parts of one name
  // (`Jefe Adjunto de Apoyo a la Misión y de la Cadena de Suministro`): the head alone is no body; read what follows.
  const headAnd = /^\S+ (?:y|e) del? (?:(?:la|el|los|las) )?/u.exec(seq);
  if (headAnd) {
    addBodiesEs(seq.slice(headAnd[0].length), at0 + headAnd[0].length, out);
    return;
  }
  for (const m of seq.matchAll(/ (?:y|e) (?:del? )?(?:(?:la|el|los|las) )?/gu)) {
    const rightAt = (m.index ?? 0) + m[0].length;
    const next = seq.slice(rightAt).split(' ')[0] ?? '';
    // Another body after `y`: a head word, `Naciones Unidas` or an acronym (`Unión Africana y las Naciones Unidas`,
    // `… Sanidad Animal y la UNODC`).
    if (!ES_HEADS.has(next) && !ES_HEAD_OPENING.has(next) && next !== 'Naciones' && !/^\p{Lu}{2,}$/u.test(next)) {
      continue;
    }
    addBodiesEs(seq.slice(0, m.index), at0, out);
    addBodiesEs(seq.slice(rightAt), at0 + rightAt, out);
    return;
  }
  // A person's office after a connector is no part of the name (`Consejo de Seguridad por el
  // Representante Permanente de Israel`); nor is `de las Naciones Unidas` after a principal organ, which names the
  // organ (`Asamblea General de las Naciones Unidas`).
  // (Not after `de`: `Oficina del Representante Especial del Secretario General …` is a body.)
  const office = / (?:por|a|al|ante|con|y|e|en)(?: (?:la|las|los|el))? (?=(\S+))/gu;
  for (const m of seq.matchAll(office)) {
    if (!ES_OFFICES.has(m[1] ?? '')) continue;
    addBodiesEs(seq.slice(0, m.index), at0, out);
    return;
  }
  // A principal organ, the African Union or the European Union, then a place, a party or a title's subject
  // (`Unión Africana y Burundi`, `Unión Europea a la OTPCE`, `… Unión Europea para Asuntos Exteriores y Política de
  // Seguridad` of the High Representative's title): the body alone. The Secretariat, then `por` or `sobre` (`la
  // Secretaría por la India`, `comunicaciones de la Secretaría sobre el Afganistán`): the Secretariat.
  const whole = ES_WHOLE_BEFORE.exec(seq);
  if (whole) {
    // (The Secretariat alone is the gazetteer's.)
    if (whole[1]) addBodiesEs(whole[1], at0, out);
    return;
  }
  const organ = seq.endsWith(OF_THE_UN_ES) ? seq.slice(0, -OF_THE_UN_ES.length) : '';
  if (ES_ORGANS.has(organ)) {
    addBodiesEs(organ, at0, out);
    return;
  }
  // `… Asuntos Administrativos y de Presupuesto22`: a footnote's number glued to the last word.
  const name = seq.replace(FOOTNOTE_END, '');
  const parts = name.split(' ');
  if (parts.length < 2 || name.startsWith('Misión Permanente') || ES_STATES.has(name)) return;
  // A section of a document (`Sección V`).
  if (/^Sección (?:[IVXLC]+|\d+)$/u.test(name)) return;
  const lastHead = parts.findLastIndex((w) => ES_HEADS.has(w));
  if (parts.slice(lastHead + 1).some((w) => ES_NOT_BODY_WORD.test(w))) return;
  out.push({ start: at0, end: at0 + name.length, name, source: 'capitalised' });
}

/**
 * Whether words can end a body's name: they hold a head word that is their last word or is followed by a
 * connector (`World Health Organization`, `Office for Disarmament Affairs`); not `United Nations Relief`, which
 * `and Works Agency for Palestine Refugees …` goes on.
 */
function endsAName(s: string): boolean {
  const words = s.split(' ');
  const head = words.findLastIndex((w) => EN_HEADS.has(w));
  return head >= 0 && (head === words.length - 1 || words.slice(head + 1).some((w) => /^\p{Ll}/u.test(w)));
}

/**
 * How many code units of a sequence's opening come before the body it names: the openings of EN_NOT_BODY_OPENING
 * (`President of the Security Council` → `Security Council`, `The United Nations` → `United Nations`), words with
 * no head word before a connector and a body (LEAD_BEFORE, leadsToBody: `the request by Somalia for the Security
 * Council`, `Permanent Representative of Chile to the United Nations`, `South Africa in Security Council`), and up
 * to four such words before `of the` (`Creditor Reporting System of the …`), in any order.
 */
function leadCut(seq: string): number {
  let cut = 0;
  for (let guard = 0; guard < 5; guard++) {
    const rest = seq.slice(cut);
    // Words without a head word before `for`, `to`, `on`, `in` or `against` (a country, a party, a document:
    // `China on the Security Council`, `South Africa in Security Council resolution …`, `Government of Mozambique and
    // RENAMO for United Nations monitoring`): the body after them.
    const before = LEAD_BEFORE.exec(rest);
    // After an opening, what it is about and `of the` before a body (`Convention on the Privileges and Immunities
    // of the United Nations`, `Special Envoy for Haiti of the United Nations`): the body.
    const about = /^((?:\S+ ){0,3}?\S+) of the (?=\p{Lu})/u.exec(rest);
    // A letter that numbers a paragraph or a section, then a connector (`paragraph D of Council resolution 39`).
    const letter = /^\p{Lu}[ \n](?:of|for|on|in|to)[ \n](?:the[ \n])?(?=\p{Lu})/u.exec(rest);
    const more = letter
      ? letter[0].length
      : before && leadsToBody(before)
        ? before[0].length
        : about && !(about[1] ?? '').split(' ').some((w) => EN_HEADS.has(w))
          ? about[0].length
          : openingCut(rest);
    if (more === 0) break;
    cut += more;
  }
  return cut;
}

const LEAD_BEFORE = /^((?:\S+[ \n]){0,4}?\S+)[ \n](for|to|on|in|against)[ \n](?:the[ \n])?(?=\p{Lu})/u;
/**
 * Whether the words a LEAD_BEFORE match found before its connector are no body's: no head word among them, and one
 * word, or a place, a party or a list before `in`, `on` or `against` (`Russian Federation on the Security Council`;
 * not `Special Account for the International Tribunal …`, an account named by what it is for).
 */
function leadsToBody(m: RegExpExecArray): boolean {
  const words = (m[1] ?? '').split(/[ \n]/);
  if (words.some((w) => EN_HEADS.has(w))) return false;
  return words.length === 1 || m[2] === 'in' || m[2] === 'on' || m[2] === 'against' || words.includes('and');
}

// A month (as the month-name table writes it, capitalised) after a connector at the end of a sequence (`… in Algiers
// in February`).
const MONTH_TAIL = new RegExp(
  ` (?:in|on|of|since|from|to|and) (?:${[...MONTHS.en.keys()].map((m) => m.charAt(0).toUpperCase() + m.slice(1)).join('|')})$`,
);

/**
 * How many code units of a sequence's opening name an office or a document (EN_NOT_BODY_OPENING) rather than a
 * body, with their connector: `President of the ` in `President of the Security Council`; all of it when nothing
 * capitalised follows.
 */
function openingCut(seq: string): number {
  let cut = 0;
  for (let guard = 0; guard < 5; guard++) {
    const rest = seq.slice(cut);
    const opening = EN_NOT_BODY_OPENING.exec(rest);
    if (!opening) break;
    // The opening's words (the whole of its last word: `Secretary` of `Secretary-General`), then a connector.
    const m = /^\S*[ \n](?:(?:of|for|on|and|in|against|to)(?:[ \n]the)?[ \n])?(?=\p{Lu})/u.exec(
      rest.slice(opening[0].length),
    );
    if (!m) return seq.length;
    cut += opening[0].length + m[0].length;
  }
  return cut;
}

// A last word right after a connector: part of the name (`… of the Secretary-General`), not a title after it.
const AFTER_CONNECTOR = / (?:of|for|on|and|in|against|to|the) \S+$/;

/**
 * Split at ` to the ` after a whole name: `… United Nations Truce Supervision Organization in Palestine to the
 * Security Council`, `United Nations to the Secretary-General` (an office, which the parts' opening cut drops); and
 * at ` to the ` or ` in the ` after words that hold no head word.
 */
function splitOnTo(seq: string): string[] {
  // A principal organ that ends the sequence after a connector: after words with no head word (a person, a party:
  // `the request by His Royal Highness Prince Norodom Sihanouk for United Nations personnel`), the organ alone;
  // after a body, before `against` or `in`, the two (`attacks by the National Union against United Nations
  // personnel`, `electing the members of the Court in the General Assembly`).
  const organ = ORGAN_AT_END.exec(seq);
  if (organ) {
    const left = seq.slice(0, organ.index);
    const right = organ[2] ?? '';
    if (!left.split(' ').some((w) => EN_HEADS.has(w))) return [right];
    if ((organ[1] === 'against' || organ[1] === 'in') && endsAName(left)) return [left, right];
  }
  for (const m of seq.matchAll(/ (?:to|in) the (?=\p{Lu})/gu)) {
    const left = seq.slice(0, m.index);
    const right = seq.slice(m.index + m[0].length);
    // A place or a country before it (`People's Republic of Angola to the United Nations`, `… Yugoslavia in the
    // United Nations`): the body after it alone. `in the` inside a name stays (`… Mission in the Democratic
    // Republic of the Congo`), and a later `to the` may still split it.
    if (!left.split(' ').some((w) => EN_HEADS.has(w))) return splitOnTo(right);
    if (m[0] === ' to the ' && endsAName(left)) return [left, ...splitOnTo(right)];
  }
  return [seq];
}

/**
 * The bodies a capitalised sequence starting at `start` names: its opening cut off (an office, a document, a
 * paragraph's verb: leadCut), split where two names meet (`and`, `to the`), each part read again the same way,
 * then a verb or title after the name cut off; a name holds a head word, and no document or event word after it.
 */
function addBodies(sequence: string, start: number, out: OrgMention[]): void {
  // `… Transition Assistance Group’s report`, `the Agency's Board of Governors' decision`: a possessive at the end
  // is the sentence's, not the name's (and `Front’s` would hide the head word `Front` from the splits below).
  const whole = sequence.replace(POSSESSIVE_END, '');
  const cut = leadCut(whole);
  const seq = whole.slice(cut);
  const at0 = start + cut;
  // Two bodies joined by `and` (`World Health Organization and the United Nations Development Programme`), or a
  // name and what it is sent to (`… to the Security Council`).
  let parts = splitOnAnd(seq);
  if (parts.length === 1 && parts[0] === seq) parts = splitOnTo(seq);
  if (parts.length > 1 || parts[0] !== seq) {
    let offset = 0;
    for (const part of parts) {
      const at = seq.indexOf(part, offset);
      offset = at + part.length;
      addBodies(part, at0 + at, out);
    }
    return;
  }
  // `… Security Council Resolves`: a verb or a title right after the name (and a connector left before it); not
  // one the name ends with (`Office of the Special Representative of the Secretary-General`).
  let name = seq;
  while (EN_NOT_BODY_ENDING.test(name) && !AFTER_CONNECTOR.test(name)) {
    name = name.slice(0, name.lastIndexOf(' ')).replace(DANGLING, '');
  }
  // `UNPROFOR Force Commander`: an officer's title after the name.
  name = name.replace(EN_TITLE_AFTER_NAME, '');
  // `… on Terrorism in Algiers in February`: a month after a connector is a date's.
  name = name.replace(MONTH_TAIL, '');
  // `United Nations Office on Drugs and Crime1`: a footnote's number glued to the last word is no part of the name.
  name = name.replace(FOOTNOTE_END, '');
  // `as recommended by the Commission in Section X (c) of its report`: a part of a document is no place.
  name = name.replace(IN_DOCUMENT_PART, '');
  // `Security Council in Lebanon`, `United Nations to Cambodia`, `General Assembly on Namibia`, `United Nations and
  // Israel`: a principal organ named whole, then where, what about or who else: the organ alone.
  name = organBeforePlace(name);
  // `United Nations Representative for India and Pakistan`, `United Nations Mediator`: a person's office.
  if (UN_TITLE.test(name)) name = 'United Nations';
  const words = name.split(' ');
  const lastHead = words.findLastIndex((w) => EN_HEADS.has(w));
  if (words.length < 2 || lastHead < 0) return;
  if (documentAfterHead(words, lastHead) || EN_STATES.has(name) || OCR_USSR.test(name)) return;
  out.push({ start: at0, end: at0 + name.length, name, source: 'capitalised' });
}

/**
 * Whether the words after the last head word name a document, an event or a place (EN_NOT_BODY_WORD) rather than a
 * body (`United Nations Declaration on …`, `Secretariat Building`, `World Programme of Action for Youth`). A treaty
 * or a conference after a connector (EN_OWNER_WORD) is what the body belongs to, and the body is the whole name
 * (`Organization of the Islamic Conference`, `Secretariat of the Basel Convention`, `Steering Committee of the
 * International Conference on the Former Yugoslavia`, `Working Group on Asset Recovery of the Conference of the
 * States Parties`); right after the head it is still the thing named (`United Nations Conference on …`).
 */
function documentAfterHead(words: readonly string[], lastHead: number): boolean {
  let connector = false;
  for (let k = lastHead + 1; k < words.length; k++) {
    const w = words[k] ?? '';
    if (/^\p{Ll}/u.test(w)) connector = true;
    else if (EN_NOT_BODY_WORD.test(w) && !(connector && EN_OWNER_WORD.test(w))) return true;
  }
  return false;
}

// Treaties and conferences, which own bodies (`Secretariat of the Convention`, `Council of Ministers of the
// Conference on Security and Cooperation in Europe`), and what a body's subject may end with (`… International
// Reporting Standards`, `… in Building and Construction`).
const EN_OWNER_WORD =
  /^(?:Convention|Conference|Protocol|Treaty|Agreement|Agreements|Accord|Accords|Summit|Standards|Building)$/u;

const POSSESSIVE_END = /['’]s?$/;
// The Soviet Union as the OCR of old resolutions spells it (`Social-ist`, `Re-publics`, `Socialist' Republics`, a
// word lost): a state, as EN_STATES lists it.
const OCR_USSR = /^Union of Soviet\b/u;
const FOOTNOTE_END = /(?<=\p{Ll})\d{1,2}$/u;
const IN_DOCUMENT_PART = / in (?:Section|Chapter|Part|Annex|Appendix|Paragraph|Article)(?: \S+)?$/u;

// Names that are whole and never go on with `in`, `on` or `to` and a name of their own: the United Nations and its
// principal organs. (Not every name the gazetteer knows: `United Nations Office` goes on `on Drugs and Crime`.)
const WHOLE_ORGANS = new Set([
  'United Nations',
  'Security Council',
  'General Assembly',
  'Economic and Social Council',
  'Trusteeship Council',
  'International Court of Justice',
]);

const ORGAN_AT_END = new RegExp(` (for|to|on|in|against) (?:the )?(${[...WHOLE_ORGANS].join('|')})$`, 'u');

/**
 * A principal organ (WHOLE_ORGANS) followed by ` in `, ` on `, ` to ` or ` and (the) ` and words that hold no head
 * word (a place, a subject, a country, an acronym: `United Nations and Israel`, `United Nations and ECOWAS`): the
 * organ alone. A head word after it keeps the whole (`… in the General Assembly`, whose parts the
 * split at `in the` reads).
 */
function organBeforePlace(name: string): string {
  const m = / (?:in|on|to|and|of) (?:the )?/.exec(name);
  if (!m || !WHOLE_ORGANS.has(name.slice(0, m.index))) return name;
  const after = name.slice(m.index + m[0].length);
  // ` of the ` and an office or a state (`approval by the Security Council of the Secretary-General's statement`,
  // `membership in the United Nations of the People's Republic of Albania`): the organ alone. Not a body
  // (`General Assembly of the United Nations`).
  if (m[0].startsWith(' of ')) return OF_OFFICE_OR_STATE.test(after) ? name.slice(0, m.index) : name;
  const rest = after.split(' ');
  return rest.some((w) => EN_HEADS.has(w)) ? name : name.slice(0, m.index);
}
const OF_OFFICE_OR_STATE = new RegExp(`${EN_NOT_BODY_OPENING.source}|^People['’]s Republic\\b`, 'u');

// An office of the United Nations named by its title: the United Nations, not a body of its own.
const UN_TITLE =
  /^United Nations (?:Representative|Mediator|Envoy|Coordinator|Commissioner|Rapporteur|Adviser|Deputy Secretary|Independent Expert|Special (?:Rapporteur|Coordinator|Envoy|Representative|Adviser))(?:['’]s)?(?: |$)/;

// A connector left at the end of a name once what followed it is cut.
const DANGLING = / (?:of|for|on|and|in|against|to)(?: the)?$/;

/**
 * Split at ` and (the) ` when the words on both sides each hold a head word; else the sequence whole. Two noun
 * phrases joined by ` and the ` are two names when one of them is no body: a place or a country before it
 * (`Rwanda and the Rwandese Patriotic Front`), an office after it (`Security Council and the Secretary-General`);
 * a place after it stays (`Economic Commission for Latin America and the Caribbean`).
 */
function splitOnAnd(seq: string, from = 0): string[] {
  AND.lastIndex = from;
  const m = AND.exec(seq);
  if (!m) return [seq];
  const left = seq.slice(0, m.index);
  const right = seq.slice(m.index + m[0].length);
  const hasHead = (s: string) => s.split(' ').some((w) => EN_HEADS.has(w));
  // `Assembly of Heads of State and Government of the …` is one body.
  if (!/^\p{Lu}/u.test(right) || (left.endsWith(' of State') && right.startsWith('Government'))) return [seq];
  // Two adjectives that qualify one head, joined by `and` (`… of the Scientific and Technical Subcommittee of …`,
  // `Department of Economic and Social Affairs`): the name goes on.
  if (m[0] === ' and ' && ADJECTIVE.test(lastWord(left)) && ADJECTIVE.test(firstWord(right))) {
    return splitOnAnd(seq, m.index + m[0].length);
  }
  if (endsAName(left) && hasHead(right)) return [left, ...splitOnAnd(right)];
  if (m[0] === ' and ') {
    const last = lastWord(left);
    // A name that ends with its head word, then words with none (a country, a place): the name alone, as after
    // ` and the ` below (`South West Africa People's Organization and South Africa`, `Soviet Union and Iran`).
    if (EN_HEADS.has(last) && !hasHead(right)) return [left];
    // A document or an acronym, then a name (`Peace Accords and Security Council resolutions`, `UNPROFOR and United
    // Nations personnel`): the name; an acronym is a body of its own, which the gazetteer or a pair reads.
    if ((DOCUMENT_WORD.test(last) || ACRONYM_WORD.test(left)) && hasHead(right)) return splitOnAnd(right);
  }
  // A name and an acronym (`Inter-Agency Support Group and WHO`): the acronym is a body of its own, which the
  // gazetteer or a pair reads.
  if (endsAName(left) && ACRONYM_WORD.test(right)) return [left];
  if (m[0] === ' and the ') {
    if (!hasHead(left) && hasHead(right)) return splitOnAnd(right);
    if (hasHead(left) && EN_NOT_BODY_OPENING.test(right)) return [left];
    // A name that ends with its head word, then a country, a document or an account (`Working Capital Fund and the
    // Special Account`, `United Nations Secretariat and the Belgian …`): the name alone. Not a complement that goes
    // on (`Economic Commission for Latin America and the Caribbean`, `… Consultative Process on Oceans and the Law
    // of the Sea`, `Regional Centre for Capacity-building and the Transfer of Technology`).
    if (EN_HEADS.has(lastWord(left)) && !hasHead(right)) return [left];
  }
  // An `and` inside the first name (`Food and Agriculture Organization of the United Nations and the International Fund
  // for Agricultural Development`): the next one may join two.
  return splitOnAnd(seq, m.index + m[0].length);
}
const AND = / and (?:the )?/g;
// Words that end a document's name (and a data set's: `World Population Prospects … Extended Dataset and International
// Labour Organization`); not `Strategy`, `Plan` and the like, which may qualify a body's head (`Strategy and Audit
// Advisory Committee`).
const DOCUMENT_WORD =
  /^(?:Accords?|Agreements?|Declaration|Convention|Charter|Treaty|Protocol|Resolutions?|Initiative|Dataset|Database|Survey|Yearbook)$/u;
const firstWord = (s: string) => s.slice(0, s.indexOf(' ') >>> 0);
const lastWord = (s: string) => s.slice(s.lastIndexOf(' ') + 1);
// A capitalised word with an adjective's ending (`Economic`, `Social`, `Technical`, `Legislative`, `Budgetary`).
const ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ic|al|ive|ary|ian|ese|ous)$/u;
// One word of capitals (and digits or hyphens), two or more: an acronym.
const ACRONYM_WORD = /^\p{Lu}[\p{Lu}\d-]+$/u;
