import type { ExtractContext } from '../context.js';
import { containedInOrder, orderedContainment, sameHead, withoutWhitespace } from '../acronym/containment.js';
import { bracketSpans } from '../acronym/brackets.js';
import { committeeNumbered, introducedAt } from './committees.js';
import { ZH_NOT_SHORT_FORM } from '../acronym/patterns.js';
import type { Gazetteer, GazetteerRow } from './gazetteer.js';
import { flatTrie, type FlatTrie } from './trie.js';
import {
  compact,
  fromCompact,
  occurrencesOfEach,
  overlaps,
  SpanIndex,
  type BodyAnalysis,
  type CompactText,
  type OrgMention,
  type PairMention,
} from './mention.js';
import {
  ZH_CONJ,
  ZH_GENERIC_HEADS,
  ZH_GENERIC_PREFIX,
  ZH_INSTITUTIONAL_OPENING,
  ZH_MAX_PREFIX,
  ZH_STANDALONE_HEADS,
  ZH_STRONG_SUFFIXES,
  ZH_WEAK_SUFFIXES,
} from './patterns.js';
import { endsWithDigitDate, endsWithStopWord, isConjAt, isHanAt, isStopCharAt } from './zh-chars.js';

interface Candidate extends OrgMention {
  /** A gazetteer row when the gazetteer named it. */
  row?: GazetteerRow;
  /** Found by the suffix grammar with a weak head and no other evidence yet. */
  weak?: boolean;
  /** Dropped while pairs are read (a later find overlaps it); kept in the array so that the order stays. */
  gone?: boolean;
  /**
   * The finds this one's name holds, which give way to it: the body whose organ it names (`非洲联盟委员会`), the
   * head alone that the gazetteer knows as a body of its own (`秘书处` in `应急基金秘书处`), or both.
   */
  absorbs?: readonly Candidate[];
}

const HEAD_WORDS: ReadonlySet<string> = new Set<string>([...ZH_STRONG_SUFFIXES, ...ZH_WEAK_SUFFIXES]);
export const SUFFIXES = [...HEAD_WORDS].sort((a, b) => b.length - a.length);
// The heads by their first code unit, each list in the order of SUFFIXES (longest first).
const HEADS_BY_FIRST = new Map<number, string[]>();
for (const s of SUFFIXES) {
  const list = HEADS_BY_FIRST.get(s.charCodeAt(0));
  if (list) list.push(s);
  else HEADS_BY_FIRST.set(s.charCodeAt(0), [s]);
}
// 1 for each code unit a head starts with: where no head starts, the head scan reads one table entry and moves on.
const HEAD_FIRSTS = new Uint8Array(0x10000);
for (const c of HEADS_BY_FIRST.keys()) HEAD_FIRSTS[c] = 1;

/**
 * The head starting at `i`, if any: the first of SUFFIXES (longest first) that starts there. Scanning with it from
 * the end of each head found finds what a global scan with the alternation `SUFFIXES.join('|')` finds.
 */
export function headAt(text: string, i: number): string | undefined {
  if (HEAD_FIRSTS[text.charCodeAt(i)] !== 1) return undefined;
  return HEADS_BY_FIRST.get(text.charCodeAt(i))?.find((s) => text.startsWith(s, i));
}
/**
 * Every head in the text, left to right, the scan going on after each: what scanning with `headAt` from the end of
 * each head found (and from the next code unit where none is) finds. Fast path: the code units no head starts with,
 * where `headAt` finds nothing, are passed over in a tight loop.
 */
export function headsOf(text: string): Array<{ at: number; head: string }> {
  const out: Array<{ at: number; head: string }> = [];
  const n = text.length;
  for (let i = 0; i < n;) {
    while (i < n && HEAD_FIRSTS[text.charCodeAt(i)] !== 1) i++;
    if (i >= n) break;
    const head = headAt(text, i);
    if (head === undefined) i++;
    else {
      out.push({ at: i, head });
      i += head.length;
    }
  }
  return out;
}
const STRONG = new Set<string>(ZH_STRONG_SUFFIXES);
// First code units of the heads of two characters or more: only where one of these follows a head can another
// head follow it.
const LONG_HEAD_FIRSTS = new Set(SUFFIXES.filter((s) => s.length >= 2).map((s) => s.charCodeAt(0)));

/**
 * Chinese bodies and short-form pairs of one document, on a whitespace-free view of the normalised text:
 * gazetteer names (longest first), the suffix grammar (a head such as `委员会` extended leftward over the name),
 * jieba `nt` tokens when given, explicit pairs `全称(简称)`, implicit short forms by ordered containment, and
 * generic heads (`委员会` alone) resolved to the body the document names first with that head.
 * With `pairsOnly` (the acronym extractor alone) the generic heads, which come after every pair, are skipped and
 * `orgs` is left empty.
 */
export function analyzeChinese(ctx: ExtractContext, gaz: Gazetteer, pairsOnly = false): BodyAnalysis {
  const c = compact(ctx.norm.text);
  const text = c.text;
  let found = matchGazetteer(text, gaz);
  found = withResolutionCommittees(text, found);
  const numbered = numberedCommittees(text, found);
  if (numbered.length > 0) found = [...found, ...numbered].sort((a, b) => a.start - b.start);
  const grammar = suffixGrammar(text, found);
  // An organ's name holds its body's: the body's find gives way to it.
  const organBodies = new Set(grammar.flatMap((g) => g.absorbs ?? []));
  if (organBodies.size > 0) found = found.filter((f) => !organBodies.has(f));
  const tokens = ctx.tokens ? ntTokens(ctx, c) : [];
  let all = mergeCandidates([...found, ...grammar], tokens);

  // Finds that overlap a short form are dropped below. Fast path: instead of filtering the array and indexing it
  // again for every pair, a dropped find is marked `gone` and the index grows with the array; alive finds keep the
  // order a filtered array would have (appended finds come after every earlier one), and the array is filtered once.
  const index = new SpanIndex(all);
  const drop = (span: { start: number; end: number }) => {
    for (const x of index.near(span.start, span.end)) if (overlaps(x, span)) x.gone = true;
  };
  const append = (x: Candidate) => index.add(all.push(x) - 1);

  // Explicit pairs: a name right before a bracket whose content is its short form.
  const pairs: BodyAnalysis['pairs'] = [];
  const alias = new Map<string, string>();
  // The matches of `PAREN` (found by `bracketSpans`).
  const brackets = bracketSpans(text);
  for (let b = 0; b < brackets.length; b += 2) {
    const at = brackets[b] ?? 0;
    const long = index.first(at - 1, at + 1, (x) => !x.gone && x.end === at && x.source !== 'generic');
    if (!long) continue;
    const innerStart = at + 1;
    const innerEnd = (brackets[b + 1] ?? 0) - 1;
    const inner = text.slice(innerStart, innerEnd);
    if (!isShortFormOf(inner, long, gaz)) continue;
    long.weak = false;
    drop({ start: innerStart, end: innerEnd });
    append({ start: innerStart, end: innerEnd, name: long.name, source: 'pair-short' });
    alias.set(inner, long.name);
    pairs.push({ start: long.start, end: innerEnd + 1, long: long.name, short: inner, confidence: 1 });
  }
  // Committees called by a number for one the document names in full (`1540委员会`): short forms, introduced in
  // brackets right after that committee (the pair then covers both) or used without introduction.
  const numberedFirst = new Map<string, { at: Candidate; long: string; confidence: number }>();
  const committeeStarts = new Map(
    found.filter((f) => f.source !== 'implicit' && f.name.endsWith('委员会')).map((f) => [f.end, f.start]),
  );
  for (const x of numbered) {
    const short = text.slice(x.start, x.end);
    if (x.gone || alias.has(short) || numberedFirst.has(short) || x.name === short) continue;
    const intro = introducedAt(text, x.start, x.end, committeeStarts);
    if (!intro) numberedFirst.set(short, { at: x, long: x.name, confidence: 0.8 });
    else {
      alias.set(short, x.name);
      pairs.push({ ...intro, long: x.name, short, confidence: 1 });
    }
  }
  // Later (and earlier) uses of a short form the document introduced, found for all of them in one pass.
  const occurrences = occurrencesOfEach(text, [...alias.keys()]);
  for (const [short, name] of alias) {
    for (const [start, end] of occurrences.get(short) ?? []) {
      const span = { start, end };
      const inside = index.first(span.start, span.end, (x) => !x.gone && x.start <= span.start && x.end >= span.end);
      if (inside) {
        if (inside.start === span.start && inside.end === span.end) inside.name = name;
        continue;
      }
      drop(span);
      append({ ...span, name, source: 'pair-short' });
    }
  }
  all = all.filter((x) => !x.gone);

  // Implicit short forms: grammar finds that the letters of a longer name in this document (or the gazetteer) contain.
  const longNames = [...new Set(all.filter((x) => !x.weak && x.source !== 'generic').map((x) => x.name))];
  // Where the document first names each of them: a short form stands for a name written before it (a body the
  // text names only later is another one: `特别委员会` before `特别程序协调委员会`).
  const firstNamed = new Map<string, number>();
  for (const x of all) {
    if (x.weak || x.source === 'generic') continue;
    const at = firstNamed.get(x.name);
    if (at === undefined || x.start < at) firstNamed.set(x.name, x.start);
  }
  // Fast path: a long name can only fit a short form that ends with its last two characters (`sameHead`), so the
  // names are grouped by those, in their order, and each short form reads one group.
  const docByHead = byLastTwo(longNames);
  const gazByHead = gazetteerLongsByHead(gaz);
  const implicitFirst = new Map<string, { at: Candidate; long: string; confidence: number }>();
  for (const [short, first] of numberedFirst) implicitFirst.set(short, first);
  // The long names a short form fits depend on the form and the source alone: looked up once each (grammar finds
  // and tokens apart).
  const fittingGrammar = new Map<string, { inDoc: string[]; inGaz: string[] }>();
  const fittingToken = new Map<string, { inDoc: string[]; inGaz: string[] }>();
  for (const x of all) {
    if (x.source !== 'grammar' && x.source !== 'token') continue;
    const short = text.slice(x.start, x.end);
    // A grammar find may drop the long form's opening (`刑警组织`); a jieba token must keep it, as jieba also tags
    // generic words `nt` (`安全部队`, security forces, is no short form of `联合国阿卜耶伊临时安全部队`).
    const anyFirst = x.source === 'grammar';
    const fitting = anyFirst ? fittingGrammar : fittingToken;
    let fit = fitting.get(short);
    if (!fit) {
      // `orderedContainment(short, l.name, !anyFirst)`, each side's whitespace removed once (`l.bare` is made with
      // the group).
      const bareShort = withoutWhitespace(short);
      // Fast path: a name lacking one of the short form's code units (told by their bits, `unitBits`) cannot
      // contain it in order, and the containment walk is skipped.
      const bits = unitBits(bareShort);
      const fits = (l: LongName) =>
        l.name !== short &&
        // A committee named by its resolutions has no short form made of its characters, which are the Security
        // Council's and a country's (`全国委员会`, a national commission, holds `安全…共和国…委员会` in order).
        !(l.name.endsWith('号决议所设委员会') && !/\d/.test(short)) &&
        (bits & ~l.bits) === 0 &&
        sameHead(short, l.name) &&
        containedInOrder(bareShort, l.bare, !anyFirst) &&
        sameSubject(bareShort, l.bare) &&
        dropsOnlyWhatMayGo(bareShort, l.bare);
      const head = short.slice(-2);
      const names = (group: readonly LongName[] | undefined) => group?.filter(fits).map((l) => l.name) ?? [];
      const found = short.length >= 2 ? names(docByHead.get(head)) : [];
      fit = { inDoc: found, inGaz: found.length || short.length < 2 ? [] : names(gazByHead.get(head)) };
      fitting.set(short, fit);
    }
    const inDoc = fit.inDoc.filter((l) => (firstNamed.get(l) ?? Infinity) < x.start);
    const inGaz = fit.inDoc.length === 0 ? fit.inGaz : [];
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
  const longNameSet = new Set(longNames);
  const fullNames = new Set(all.filter((y) => y.row?.type === 'full').map((y) => y.name));
  for (const x of all) {
    if (x.source !== 'gazetteer' || !x.row || x.row.type === 'full') continue;
    const short = x.row.form;
    // A descriptive alias longer than the name (`安全理事会第1373(2001)号决议所设委员会`) is no short form.
    if (short.length >= x.name.length) continue;
    if (alias.has(short) || implicitFirst.has(short)) continue;
    const contained = orderedContainment(short, x.name, false);
    const longInDoc = longNameSet.has(x.name) && fullNames.has(x.name);
    const confidence = contained ? (longInDoc ? 0.9 : 0.8) : 0.7;
    implicitFirst.set(short, { at: x, long: x.name, confidence });
  }
  for (const [short, f] of implicitFirst) {
    pairs.push({ start: f.at.start, end: f.at.end, long: f.long, short, confidence: f.confidence });
  }

  if (pairsOnly) return { orgs: [], pairs: pairs.map((p) => backToSource(c, p)) };
  all = all.filter((x) => !x.weak).sort((a, b) => a.start - b.start);
  for (const g of genericHeads(text, all)) all.push(g);
  for (const h of standaloneHeads(text, all)) all.push(h);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  all = disjoint(text, all);

  // Back to the normalised text's offsets; objects built field by field (an object spread per mention costs more).
  return {
    orgs: all.map((x) => {
      const span = fromCompact(c, x.start, x.end);
      return { start: span.start, end: span.end, name: x.name, source: x.source };
    }),
    pairs: pairs.map((p) => backToSource(c, p)),
  };
}

/** A pair in the normalised text's offsets. */
function backToSource(c: CompactText, p: PairMention): PairMention {
  const span = fromCompact(c, p.start, p.end);
  return { start: span.start, end: span.end, long: p.long, short: p.short, confidence: p.confidence };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** A long name, the same without whitespace (for `containedInOrder`), and the `unitBits` of that. */
interface LongName {
  name: string;
  bare: string;
  bits: number;
}

/**
 * One bit (of 32) for each code unit a string holds, the unit's low five bits choosing it: a string holding every
 * code unit of another has every bit of the other's.
 */
export function unitBits(x: string): number {
  let bits = 0;
  for (let i = 0; i < x.length; i++) bits |= 1 << (x.charCodeAt(i) & 31);
  return bits;
}

/** Names grouped by their last two code units (names shorter than two are left out), each group in order. */
function byLastTwo(names: readonly string[]): Map<string, LongName[]> {
  const out = new Map<string, LongName[]>();
  for (const name of names) {
    if (name.length < 2) continue;
    const k = name.slice(-2);
    const bare = withoutWhitespace(name);
    const l = { name, bare, bits: unitBits(bare) };
    const list = out.get(k);
    if (list) list.push(l);
    else out.set(k, [l]);
  }
  return out;
}

const gazetteerHeads = new WeakMap<Gazetteer, Map<string, LongName[]>>();

/** The gazetteer's canonical names grouped by their last two code units (made once per gazetteer). */
function gazetteerLongsByHead(gaz: Gazetteer): Map<string, LongName[]> {
  let m = gazetteerHeads.get(gaz);
  if (!m) {
    m = byLastTwo([...gaz.canonicals]);
    gazetteerHeads.set(gaz, m);
  }
  return m;
}

// The keys' trie of each gazetteer, in typed arrays (its `starts` marks the code units a key starts with).
const tries = new WeakMap<Gazetteer, FlatTrie>();

function gazetteerTrie(gaz: Gazetteer): FlatTrie {
  let t = tries.get(gaz);
  if (!t) {
    t = flatTrie(gaz.byKey);
    tries.set(gaz, t);
  }
  return t;
}

/**
 * Leftmost-longest gazetteer matches, not overlapping. A form of two characters or fewer must start a word (see
 * startsWord). At each position the keys starting there are read off a trie of code units (two typed-array reads per
 * character, and positions where no key starts passed over in a tight loop), then tried longest first. The walk
 * stops at the end of the text: a key is matched whole or not at all (the look-up by slices this replaced had read a
 * longer key cut short by the end as a shorter one, with an end past the text's: `新闻部` alone came out as `新`).
 */
export function matchGazetteer(text: string, gaz: Gazetteer): Candidate[] {
  const { starts, symbol, width, next, rows: nodeRows } = gazetteerTrie(gaz);
  const out: Candidate[] = [];
  // The forms ending along the current walk (reused; `found` of them are valid: setting an array's length costs more).
  const ends: number[] = [];
  const rows: GazetteerRow[] = [];
  let found = 0;
  const n = text.length;
  for (let i = 0; i < n;) {
    while (i < n && starts[text.charCodeAt(i)] !== 1) i++;
    if (i >= n) break;
    let node = next[symbol[text.charCodeAt(i)] ?? 0] ?? 0;
    let matched = 0;
    found = 0;
    for (let k = i; node !== 0;) {
      const row = nodeRows[node];
      if (row) {
        ends[found] = k - i + 1;
        rows[found++] = row;
      }
      if (++k >= n) break;
      node = next[node * width + (symbol[text.charCodeAt(k)] ?? 0)] ?? 0;
    }
    for (let e = found - 1; e >= 0; e--) {
      const len = ends[e] ?? 0;
      const row = rows[e];
      if (!row || !startsWord(text, i, len, row.form)) continue;
      out.push({ start: i, end: i + len, name: row.canonical, source: 'gazetteer', row });
      matched = len;
      break;
    }
    i += matched || 1;
  }
  return out;
}

// What follows `部` in the words it starts: 部门 部分 部长 部队 部落 部位 部件 部委.
const BU_WORD_NEXT = new Set(Array.from('门分长队落位件委', (c) => c.charCodeAt(0)));

/**
 * Whether a word may start at `i`: nothing Han before it, or a stop character, a conjunction or the end of a stop
 * word (`…支持委员会`). What a two-character gazetteer form, a generic head and a standalone head need before them.
 */
function breakBefore(text: string, i: number): boolean {
  return !isHanAt(text, i - 1) || isStopCharAt(text, i - 1) || isConjAt(text, i - 1) || endsWithStopWord(text, i);
}

/**
 * Whether the text before `end` is a number in digits and the measure word `项` or `名` (`3项国家办事处审计`, three
 * country-office audits): what follows is counted, not named. (`项` alone opens words of names, `项目厅`; a count in
 * words may be part of one, `巴塞尔、鹿特丹和斯德哥尔摩三项公约秘书处`.)
 */
function countedAt(text: string, end: number): boolean {
  const d = text.charCodeAt(end - 2);
  const c = text.charCodeAt(end - 1);
  // `项` (items: `3项国家办事处审计`) or `名` (persons: `约900名科索沃解放军退伍军人`, some 900 KLA veterans).
  return (c === 0x9879 || c === 0x540d) && d >= 0x30 && d <= 0x39;
}

/** Whether `大会` at `i` is part of `审议大会`, a review conference. */
function reviewConferenceAt(text: string, i: number): boolean {
  return text.endsWith('审议', i) && text.startsWith('大会', i);
}

/**
 * Whether the stop word that ends at `i` is part of a name's words there: `审议` of `审议大会` (a review conference),
 * `利用` (use) of `和平利用` (peaceful uses: `和平利用外层空间委员会`), `合作` (cooperation) of `技术合作` and `南南合作`
 * (`技术合作信托基金`, the Technical Cooperation Trust Fund).
 */
function inNameAt(text: string, i: number): boolean {
  return (
    reviewConferenceAt(text, i) ||
    text.endsWith('和平利用', i) ||
    reviewCommitteeAt(text, i) ||
    text.endsWith('技术合作', i) ||
    text.endsWith('南南合作', i) ||
    // `秘书长特别代表办公室`, the Office of the Special Representative: `代表` after `特别`, `高级` or `个人` is a title.
    text.endsWith('特别代表', i) ||
    text.endsWith('高级代表', i) ||
    text.endsWith('个人代表', i) ||
    // `伙伴` (partner: `当地伙伴叙利亚自由军`, its local partner the Free Syrian Army) but `伙伴关系` (partnership:
    // `非洲发展新伙伴关系`).
    (text.endsWith('伙伴', i) && text.startsWith('关系', i))
  );
}

/**
 * Whether the stop character at `i` is inside a word that names use: `供应` (supply: `供应商审查委员会`, the Vendor
 * Review Committee), `设施` (facilities: `非洲基础设施发展方案`), `建设` (building: `建设和平基金`, the Peacebuilding
 * Fund), `高等` (high: `高等法院`, the High Court).
 */
function inWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x4f9b) return text.charCodeAt(i + 1) === 0x5e94;
  if (c === 0x8bbe) return text.charCodeAt(i + 1) === 0x65bd || text.charCodeAt(i - 1) === 0x5efa;
  if (c === 0x7b49) return text.charCodeAt(i - 1) === 0x9ad8;
  return false;
}

/**
 * Whether the `审查` (review) ending at `i` names what a committee reviews, after what it reviews: `供应商审查委员会`,
 * the Vendor Review Committee. After a stop character, or at the start of a run, it is a verb (`将审查委员会的报告`).
 */
function reviewCommitteeAt(text: string, i: number): boolean {
  return (
    text.endsWith('审查', i) &&
    text.startsWith('委员会', i) &&
    isHanAt(text, i - 3) &&
    !isStopCharAt(text, i - 3) &&
    !endsWithStopWord(text, i - 2)
  );
}

function startsWord(text: string, i: number, len: number, form: string): boolean {
  if (/^[A-Za-z]/.test(form)) {
    return !/[A-Za-z0-9]/.test(text[i - 1] ?? '') && !/[A-Za-z0-9]/.test(text[i + len] ?? '');
  }
  // A department (`新闻部`, `安保部`) is no name when its `部` starts a word with the next character: `新闻部门` (press
  // services), `安保部队` (security forces), `新闻部长` (a minister).
  if (form.endsWith('部') && BU_WORD_NEXT.has(text.charCodeAt(i + len))) return false;
  // `审议大会` is a review conference (of a treaty's parties), not the General Assembly, though `审议` (review) is a
  // verb elsewhere; a name walks over it (`审议大会筹备委员会`).
  if (form === '大会' && reviewConferenceAt(text, i)) return false;
  return len > 2 || breakBefore(text, i);
}

// The characters before `署` in the verbs it ends: 部署 (deploy), 签署 (sign).
const DEPLOY_SIGN = new Set(Array.from('部签', (c) => c.charCodeAt(0)));

// The heads of missions and offices, whose names the United Nations opens (`联合国南苏丹特派团`).
const UN_OPENS = new Set([
  '特派团',
  '稳定团',
  '援助团',
  '观察团',
  '办事处',
  '办公室',
  '维持和平部队',
  '部队',
  '计划署',
  '规划署',
  // (`联合国大学可持续性问题高等研究所`, the Institute for the Advanced Study of Sustainability; UNIDIR, UNITAR.)
  '研究所',
]);

// Weak heads the United Nations opens the name of when what comes between says what it is (`联合国森林论坛`, the United
// Nations Forum on Forests; `联合国争议法庭`, the Dispute Tribunal; `联合国新闻中心`).
const UN_WEAK_OPENS = new Set(['论坛', '法庭', '中心']);
// What makes `联合国…中心` a kind of body rather than one (`联合国系统…`, `联合国专门…`, `联合国区域…`).
const UN_CLASS_PREFIX = /^(?:系统|专门|条约|区域|人道主义|各|有关|相关)/u;

/** Whether `联合国` + `prefix` + a weak `head` is one body's name (see UN_WEAK_OPENS). */
function unForumAt(prefix: string, head: string): boolean {
  return (
    UN_WEAK_OPENS.has(head) && prefix.length >= 2 && !ZH_GENERIC_PREFIX.test(prefix) && !UN_CLASS_PREFIX.test(prefix)
  );
}

// The strong heads an organ of a body is named with after the body's name (not a mission's or a force's:
// `…安全部队特派团` is the force's mission, no body of its own).
const ORGAN_HEADS = new Set(['委员会', '理事会', '执行局', '秘书处', '工作组', '办公室', '办事处', '研究所']);

// A Security Council committee named by the resolution that set it up: `安全理事会第1988(2011)号决议所设委员会`,
// `安全理事会关于利比里亚的第1521(2003)号决议所设委员会`, `…第1267(1999)号、第1989(2011)号和第2253(2015)号决议所设委员会`
// (on the compact text: no spaces; brackets folded to ASCII by normalisation).
const RESOLUTION_COMMITTEE =
  /安全理事会(?:关于[^，。；：、“”《》()]{1,40}?的)?第\d+\(\d{4}\)号(?:决议)?(?:[、和及]第\d+\(\d{4}\)号(?:决议)?)*所设(?:立)?的?委员会/gu;

/**
 * The gazetteer's finds with the Security Council committees named by their resolutions added (RESOLUTION_COMMITTEE):
 * each a name of its own (English reads only `Security Council Committee`), taking the Security Council's find inside
 * it; one the gazetteer lists whole (`安全理事会第1373(2001)号决议所设委员会`, the Counter-Terrorism Committee) is
 * the gazetteer's.
 */
function withResolutionCommittees(text: string, found: Candidate[]): Candidate[] {
  if (!text.includes('所设')) return found;
  const added: Candidate[] = [];
  const inside = new Set<Candidate>();
  RESOLUTION_COMMITTEE.lastIndex = 0;
  for (let m = RESOLUTION_COMMITTEE.exec(text); m; m = RESOLUTION_COMMITTEE.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const hits = found.filter((f) => overlaps(f, span));
    // The gazetteer's whole name, or a find reaching out of the phrase: the gazetteer's reading stays.
    if (hits.some((f) => f.start < span.start || f.end > span.end || f.end - f.start === m![0].length)) continue;
    for (const h of hits) inside.add(h);
    added.push({ ...span, name: m[0], source: 'grammar', weak: false });
  }
  if (added.length === 0) return found;
  return [...found.filter((f) => !inside.has(f)), ...added].sort((a, b) => a.start - b.start);
}

// `1540委员会`, a committee called by its resolution's number (not `第1540(2004)号决议所设委员会`, nor a year's).
const NUMBERED_COMMITTEE = /(?<![\d第])(\d{3,4})委员会/gu;

/**
 * Committees called by their resolution's number (`1540委员会`; see committees.ts), where no find stands: each
 * named as the committee of that resolution the document names in full (`安全理事会第1540(2004)号决议所设委员会`),
 * or by its short name when it names none. Source `implicit`: no grammar reads them again.
 */
function numberedCommittees(text: string, found: readonly Candidate[]): Candidate[] {
  if (!text.includes('委员会')) return [];
  // The committees named in full, by their text (the gazetteer's may have another canonical name).
  const committees = found
    .filter((f) => f.name.endsWith('委员会') && text.charCodeAt(f.end - 1) === 0x4f1a)
    .map((f) => ({ cites: text.slice(f.start, f.end), name: f.name }));
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMBERED_COMMITTEE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (found.some((f) => overlaps(f, span))) continue;
    const name = committeeNumbered(Number(m[1]), committees) ?? m[0];
    out.push({ ...span, name, source: 'implicit', weak: false });
  }
  return out;
}

/**
 * Whether a known body's name right before an organ's head (with or without words between) opens the organ's name.
 * Not the United Nations, whose organs have names of their own, nor a bare head (`秘书处`).
 */
function ownsOrgan(body: Candidate, head: string): boolean {
  return ORGAN_HEADS.has(head) && body.name !== '联合国' && body.row?.type !== 'alias' && !ORGAN_HEADS.has(body.name);
}

// The last characters of a Secretariat unit's name (division, department, office, section, unit), which the
// gazetteer names rather than the grammar.
const UNIT_ENDS = new Set(Array.from('司部厅科股', (c) => c.charCodeAt(0)));

/**
 * Whether a known body's name found at `start` stands on its own before what its organ is about (which runs to
 * `to`): the word before it ends there (not `审议大会`, a review conference, whose `大会` is no General Assembly),
 * and what follows names no bodies of its own joined by a conjunction (`环境法和公约司和运营…办公室`: two offices).
 */
function ownerStands(text: string, start: number, to: number, covered: Uint8Array): boolean {
  const before = start - 1;
  const edge =
    !isHanAt(text, before) ||
    covered[before] === 1 ||
    isStopCharAt(text, before) ||
    isConjAt(text, before) ||
    endsWithStopWord(text, start) ||
    endsWithDigitDate(text, start);
  if (!edge) return false;
  for (let k = start; k < to; k++) {
    if (!isConjAt(text, k)) continue;
    if (UNIT_ENDS.has(text.charCodeAt(k - 1)) || SUFFIXES.some((s) => text.endsWith(s, k))) return false;
  }
  return true;
}

/**
 * Where the name whose head starts at `s0` starts: the head's leftward walk over Han characters, up to ZH_MAX_PREFIX
 * of them, until a stop character or stop word ends it (one that is part of a name's words does not: `审议大会`), a
 * date, a count, a conjunction after the Secretary-General or after a name (a head, or a find that ends there:
 * `endsName`), or a known name (`covered`). A conjunction the walk ends on is left out. `s0` when nothing is taken.
 */
export function walkLeft(text: string, s0: number, covered: Uint8Array, endsName: Uint8Array): number {
  let j = s0;
  while (j > 0 && s0 - j < ZH_MAX_PREFIX) {
    if (!isHanAt(text, j - 1) || covered[j - 1] || (isStopCharAt(text, j - 1) && !inWordAt(text, j - 1))) break;
    if ((endsWithStopWord(text, j) && !inNameAt(text, j)) || endsWithDigitDate(text, j)) break;
    if (countedAt(text, j)) break;
    // `秘书长与联合委员会`: the Secretary-General and the Joint Committee, a person and a body.
    if (isConjAt(text, j - 1) && text.endsWith('秘书长', j - 1)) break;
    if (isConjAt(text, j - 1) && (endsName[j - 1] || SUFFIXES.some((s) => text.endsWith(s, j - 1)))) break;
    j--;
  }
  while (j < s0 && isConjAt(text, j)) j++;
  return j;
}

/** The suffix grammar: each head extended leftward over Han characters until a stop, a known name or the limit. */
function suffixGrammar(text: string, known: readonly Candidate[]): Candidate[] {
  const covered = new Uint8Array(text.length + 1);
  const endsName = new Uint8Array(text.length + 1);
  // The known name ending at each position (for an organ named by its body and a head: `非洲联盟委员会`).
  const endingAt = new Map<number, Candidate>();
  // The gazetteer's finds that are an organ's head alone (`秘书处`, the United Nations Secretariat), by start: the
  // head of a longer name all the same (`应急基金秘书处`, `《生物多样性公约》秘书处`, `联合国全面禁止核试验条约组织临时
  // 技术秘书处`), which the find gives way to.
  const bareHeads = new Map<number, Candidate>();
  for (const k of known) {
    covered.fill(1, k.start, k.end);
    endsName[k.end] = 1;
    endingAt.set(k.end, k);
    if (k.row?.type === 'full' && ORGAN_HEADS.has(k.name) && text.startsWith(k.name, k.start))
      bareHeads.set(k.start, k);
  }
  const out: Candidate[] = [];
  // Each head, left to right; the scan goes on after it whether it starts a name or not.
  for (const { at: s0, head } of headsOf(text)) {
    const end = s0 + head.length;
    let isCovered = false;
    for (let k = s0; k < end; k++) if (covered[k] === 1) isCovered = true;
    const bare = bareHeads.get(s0);
    if (isCovered && bare?.end !== end) continue;
    // A head followed by another (`委员会执行局`) is part of a longer name; that one is found from its own head.
    if (LONG_HEAD_FIRSTS.has(text.charCodeAt(end)) && SUFFIXES.some((s) => text.startsWith(s, end) && s.length >= 2))
      continue;
    // A conjunction right before the head joins something to the head alone (`民间社会与委员会`, civil society and
    // the Committee; `方案和办事处`): no name has one there.
    if (isConjAt(text, s0 - 1)) continue;
    // `署` (agency) ends the verbs `部署` (deploy) and `签署` (sign): no head there (`在中非共和国加快部署`).
    if (head === '署' && DEPLOY_SIGN.has(text.charCodeAt(s0 - 1))) continue;
    // `专家组成` is experts and the verb `组成` (compose: `由一名专家组成`), unless `成员` (members) follows.
    if (head === '专家组' && text.startsWith('成', end) && !text.startsWith('成员', end)) continue;
    let j = walkLeft(text, s0, covered, endsName);
    // A title right before an organ's head is what it serves (`《生物多样性公约》秘书处`, the secretariat of the
    // Convention on Biological Diversity).
    if (j === s0 && ORGAN_HEADS.has(head)) j = titleBefore(text, s0);
    // `问题` (the question of) opens no name: what it is about comes before it, a title (`《联合国宪章》问题不限成员名额
    // 工作组`, on the Charter) or words the walk stopped short of; without a title, no name.
    if (text.startsWith('问题', j) && j < s0) {
      const title = titleBefore(text, j);
      if (title === j) continue;
      j = title;
    }
    // `其他主要委员会`, the other Main Committees; `其他国际和混合司法机构`: a class, no body.
    if (afterOther(text, j)) continue;
    // A body's name right before an organ's head, or before what the organ is about and its head, makes the organ's
    // name (`非洲联盟委员会`, the African Union Commission; `欧洲联盟理事会`; `经合组织发展援助委员会`, the OECD's
    // Development Assistance Committee): the name takes the body's in, and the body's own find gives way. Not after
    // the United Nations, whose organs have names of their own (`联合国特派团` are United Nations missions).
    const prefix = text.slice(j, s0);
    const owner = covered[j - 1] === 1 ? endingAt.get(j) : undefined;
    // (`总` makes the organ the body's general one: `中部非洲国家经济共同体总秘书处`, the ECCAS General Secretariat.)
    const about = prefix.length === 0 || prefix === '总' || (prefix.length >= 2 && !ZH_GENERIC_PREFIX.test(prefix));
    if (owner && about && ownsOrgan(owner, head) && ownerStands(text, owner.start, s0, covered)) {
      out.push({
        start: owner.start,
        end,
        name: text.slice(owner.start, end),
        source: 'grammar',
        weak: false,
        // (`全面禁止核试验条约组织临时技术秘书处`: the gazetteer's `秘书处` gives way too.)
        absorbs: bare ? [owner, bare] : [owner],
      });
      continue;
    }
    if (prefix.length < 2 || ZH_GENERIC_PREFIX.test(prefix)) continue;
    if (bare) {
      // (A conjunction joins what is before it to the secretariat's body, not to its name: `紧急救济协调员和应急基金
      // 秘书处`, `区域和太平洋共同体秘书处`.)
      // A count of what the list names keeps it whole (`巴塞尔、鹿特丹和斯德哥尔摩三项公约秘书处`).
      let k = s0;
      if (!LISTED.test(text.slice(j, s0))) while (k > j && !isConjAt(text, k - 1)) k--;
      else k = j;
      const own = text.slice(k, s0);
      if (text.charCodeAt(j) === 0x300a || (own.length >= 2 && OWNER_BEFORE_HEAD.test(own))) {
        const start = text.charCodeAt(j) === 0x300a ? j : k;
        // The body the name opens with, found from its own head, is inside it (`中部非洲国家经济共同体总秘书处`).
        while (out.length > 0 && (out[out.length - 1]?.start ?? -1) >= start) out.pop();
        out.push({ start, end, name: text.slice(start, end), source: 'grammar', weak: false, absorbs: [bare] });
      }
      continue;
    }
    // The United Nations right before a mission's or an office's name opens it (`联合国阿富汗援助团`, UNAMA;
    // `联合国日内瓦办事处`), as in the names the gazetteer lists; its own find gives way. Not before a committee's or
    // a council's, which UN text names with it and without (`联合国妇女地位委员会` is `妇女地位委员会`: one name, not
    // two), nor before a weak head, with which it makes a phrase (`联合国系统组织`, organisations of the system).
    const un = endingAt.get(j);
    if (un && un.name === '联合国' && un.row?.type === 'full' && (UN_OPENS.has(head) || unForumAt(prefix, head))) {
      const name = text.slice(un.start, end);
      out.push({ start: un.start, end, name, source: 'grammar', weak: false, absorbs: [un] });
      continue;
    }
    const name = text.slice(j, end);
    const weak = !STRONG.has(head) && !ZH_INSTITUTIONAL_OPENING.test(name);
    out.push({ start: j, end, name, source: 'grammar', weak });
  }
  return out;
}

// What a secretariat's name says before `秘书处` when it is not the United Nations Secretariat's: the body or treaty it
// serves, maybe with a few characters more (`应急基金秘书处`, `论坛秘书处`, `首协会秘书处`, `全面禁止核试验条约组织临时技术
// 秘书处`). Anything else before a bare `秘书处` is a verb or a phrase (`通知秘书处`, `鼓励会员国、秘书处`).
const OWNER_BEFORE_HEAD =
  /(?:公约|议定书|条约|协定|组织|基金|论坛|会议|委员会|理事会|共同体|联盟|协会|大会|中心|集团|方案|机构|署)\p{Script=Han}{0,4}$/u;

// `三项公约`, three conventions: the names before it are a list the name holds.
const LISTED = /[两二三四五六七八九]项/u;

// The longest title `《…》` read before a head.
const MAX_TITLE = 40;

/** Where a title `《…》` ending right before `i` starts, or `i` when there is none. */
function titleBefore(text: string, i: number): number {
  if (text.charCodeAt(i - 1) !== 0x300b) return i;
  for (let k = i - 2; k >= 0 && i - k <= MAX_TITLE; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x300a) return k;
    if (c === 0x300b || c === 0x3002) return i;
  }
  return i;
}

/**
 * Finds sorted by start (the longer first), made disjoint as the other languages' are: one inside a longer find is
 * part of its name and goes (`经合组织` in `经合组织发展援助委员会`, the OECD's Development Assistance Committee;
 * `化武组织` in `禁化武组织执行理事会`); a grammar find that starts inside the one before and goes on past it keeps
 * the part after it when that is a name (its head, and two characters before it: `员会…外层空间活动长期可持续性工作组`,
 * cut by the length limit inside the subcommittee's name before it, is `外层空间活动长期可持续性工作组`), else goes.
 */
function disjoint(text: string, sorted: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let end = -1;
  for (const x of sorted) {
    if (x.start >= end) {
      out.push(x);
      end = x.end;
      continue;
    }
    if (x.end <= end || x.source !== 'grammar') continue;
    const name = text.slice(end, x.end);
    const head = SUFFIXES.find((h) => name.endsWith(h));
    if (!head || name.length - head.length < 2 || !isHanAt(text, end)) continue;
    out.push({ ...x, start: end, name });
    end = x.end;
  }
  return out;
}

/** Tokens jieba tagged `nt` (organisation), mapped onto the compact text. */
function ntTokens(ctx: ExtractContext, c: CompactText): Candidate[] {
  const toCompact = new Int32Array(ctx.norm.text.length).fill(-1);
  for (let i = 0; i < c.at.length; i++) toCompact[c.at[i] ?? 0] = i;
  const out: Candidate[] = [];
  for (const t of ctx.tokens ?? []) {
    if (t.kind !== 'token' || t.tag !== 'nt' || t.text.replace(/\s+/g, '').length < 3) continue;
    const s = firstAtOrAfter(ctx.norm.starts, t.start);
    let e = s;
    while (e < ctx.norm.text.length && (ctx.norm.ends[e] ?? 0) <= t.end) e++;
    // The first and last kept code units of the token in the compact text.
    let cs = -1;
    for (let k = s; k < e && cs < 0; k++) if ((toCompact[k] ?? -1) >= 0) cs = toCompact[k] ?? -1;
    let ce = -1;
    for (let k = e - 1; k >= s && ce < 0; k--) if ((toCompact[k] ?? -1) >= 0) ce = toCompact[k] ?? -1;
    if (cs < 0 || ce < 0) continue;
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
  // Fast path: the finds a token overlaps are looked up by position instead of scanning them all. A find whose
  // start moves right below still lies in the buckets of its old span, and `overlaps` is tested on the live span.
  const index = new SpanIndex(out);
  for (const t of tokens) {
    // A head word alone names no body, whatever jieba tags it (`国民军`, `解放军`, `国防军` are `nt`): it neither stands
    // alone (`以向国民军`, to the National Army) nor cuts the name it ends (`利比亚国民军`, `科索沃解放军`).
    if (HEAD_WORDS.has(t.name)) continue;
    const hit = index.near(t.start, t.end).filter((x) => overlaps(x, t));
    if (hit.length === 0 && SUFFIXES.some((s) => t.name.endsWith(s))) index.add(out.push(t) - 1);
    for (const h of hit) {
      if (h.source !== 'grammar' && h.source !== 'token') continue;
      if (h.weak && t.start <= h.start && t.end >= h.end) h.weak = false;
      // Not when all the token leaves out is a region or an institution's opening: jieba tags `欧洲` `ns` and
      // `经济委员会` `nt` in `欧洲经济委员会`, and `拉丁美洲和加勒比` before `经济委员会` likewise.
      // Nor when the name opens with a body the gazetteer knows (`全面禁止核试验条约组织临时技术秘书处`, whose
      // `临时技术秘书处` jieba tags `nt`): the body's find gave way to it (see suffixGrammar).
      if (
        t.end === h.end &&
        t.start > h.start &&
        !h.absorbs?.some((a) => a.start === h.start) &&
        t.end - t.start >= 3 &&
        !onlyOpenings(h.name.slice(0, t.start - h.start))
      ) {
        h.start = t.start;
        h.name = t.name;
        h.source = 'token';
        h.weak = false;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Whether a short form keeps the subject of a long name that states one (`X问题…`, "on X"): a name on one subject is no
 * short form of a name on another that holds its letters in order (`利比亚问题专家小组`, on Libya, and
 * `利比里亚问题专家小组`, on Liberia; `苏丹` and `南苏丹`). The short form's subject is the long one's, or its end after
 * openings only (`毒品和犯罪问题办公室` of `联合国毒品和犯罪问题办公室`).
 */
export function sameSubject(short: string, long: string): boolean {
  const s = short.indexOf('问题');
  const l = long.indexOf('问题');
  if (s < 0 || l < 0) return true;
  const subject = short.slice(0, s);
  const longSubject = long.slice(0, l);
  if (subject === longSubject) return true;
  return longSubject.endsWith(subject) && onlyOpenings(longSubject.slice(0, longSubject.length - subject.length));
}

/** The state forms a country's short name drops (`亚美尼亚武装部队`, Armenia's armed forces, of `亚美尼亚共和国武装部队`). */
const STATE_FORMS = new Set([
  '共和国',
  '民主共和国',
  '联邦共和国',
  '伊斯兰共和国',
  '阿拉伯共和国',
  '王国',
  '联合王国',
  '联邦',
]);

/**
 * Whether a short form drops only what a short form of the long name may drop. Both end alike (the head, at least);
 * before that common end:
 * - when the short form has nothing left, the long name ends with it, and what comes right before it in the long
 *   name is no conjunction and no `非`: one part of a coordinated name is another body (`技术委员会` is no short form
 *   of `法律和技术委员会`, the Legal and Technical Commission), and `政府组织` is not `非政府组织`;
 * - when the short form keeps a piece of the long name word for word and then skips two characters or more
 *   (`特别委员会` of `特别程序协调委员会`), the piece must be what names the body, an opening such as `欧亚` (`欧亚工作组`)
 *   or a country before its state form, not a generic word (`特别`, `执行`, `管理`, `发展`, `妇女` make `特别委员会`,
 *   the Special Committee, and `执行委员会`, an Executive Committee, bodies of their own).
 * A short form made of characters picked across the long name (`国际刑警组织`, `联阿援助团`) passes.
 */
export function dropsOnlyWhatMayGo(short: string, long: string): boolean {
  let k = 0;
  while (k < short.length && k < long.length && short[short.length - 1 - k] === long[long.length - 1 - k]) k++;
  const kept = short.slice(0, short.length - k);
  const before = long.slice(0, long.length - k);
  if (kept.length === 0) {
    const last = before[before.length - 1];
    return last === undefined || !(ZH_CONJ.test(last) || last === '非');
  }
  const at = before.indexOf(kept);
  if (at < 0) return true;
  const skipped = before.slice(at + kept.length);
  return skipped.length < 2 || STATE_FORMS.has(skipped) || (at === 0 && ZH_INSTITUTIONAL_OPENING.test(kept));
}

// Openings of ZH_INSTITUTIONAL_OPENING, repeated and joined by conjunctions (`拉丁美洲和加勒比`), and nothing else.
const ONLY_OPENINGS = new RegExp(`^(?:${ZH_INSTITUTIONAL_OPENING.source.slice(1)}[和与及、]?)+$`, 'u');
function onlyOpenings(prefix: string): boolean {
  return ONLY_OPENINGS.test(prefix);
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
 * How far, in characters, a generic head may stand from the last mention of the body it names (by its name or a
 * short form). The seed, a real report, calls its committee `委员会` at most 9,092 characters after naming it (median
 * 3,946); the dev set, 4,000 sentences from many documents, did so 211 times at a median of 90,082 characters, of
 * another document's committee (`阿卜耶伊联合监督委员会`, named near its start, took 195).
 */
export const GENERIC_REACH = 20_000;

// Heads of two characters or more that are not generic: alone they name a body only after `该` ("that …").
export const ANAPHOR_HEADS = SUFFIXES.filter(
  (s) => s.length >= 2 && !(ZH_GENERIC_HEADS as readonly string[]).includes(s),
);

/**
 * Generic heads alone (`委员会` as "the Committee", `执行局`, `监测组`) name the first body of the document with
 * that head, once the document has named it; `该` + head ("that institute") names the last one before it. Else they are left out.
 * Fast path: only the generic heads are searched through the whole text; every other head counts only after `该`,
 * so those are read at each `该`, trying the heads in the order the full search took them. No head contains `该`
 * or overlaps itself (tested), so finds at different `该` never compete, and the results are the same.
 */
export function genericHeads(text: string, named: readonly OrgMention[]): OrgMention[] {
  const out: OrgMention[] = [];
  const covered = new Uint8Array(text.length + 1);
  for (const n of named) covered.fill(1, n.start, n.end);
  const isCovered = (i: number, n: number) => {
    for (let k = i; k < i + n; k++) if (covered[k] === 1) return true;
    return false;
  };
  // The bodies each head may refer to, in document order (made once per head).
  const pools = new Map<string, OrgMention[]>();
  const poolOf = (head: string) => {
    let pool = pools.get(head);
    if (!pool) {
      pool = named.filter((n) => n.name.endsWith(head) && n.name !== head);
      pools.set(head, pool);
    }
    return pool;
  };
  // The last body of the pool that ends before `i`.
  const lastBefore = (pool: readonly OrgMention[], i: number) => {
    for (let k = pool.length - 1; k >= 0; k--) if ((pool[k]?.end ?? Infinity) <= i) return pool[k];
    return undefined;
  };
  // Where each name's mentions end, in order; the last one at or before `i` (−Infinity when none).
  const endsByName = new Map<string, number[]>();
  for (const n of named) {
    const ends = endsByName.get(n.name) ?? [];
    ends.push(n.end);
    endsByName.set(n.name, ends);
  }
  for (const ends of endsByName.values()) ends.sort((a, b) => a - b);
  const lastNamedEnd = (name: string, i: number) => {
    const ends = endsByName.get(name) ?? [];
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] ?? 0) <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? -Infinity : (ends[lo - 1] ?? -Infinity);
  };
  const take = (i: number, head: string, target: OrgMention) => {
    out.push({ start: i, end: i + head.length, name: target.name, source: 'generic' });
    covered.fill(1, i, i + head.length);
  };
  for (const head of ZH_GENERIC_HEADS) {
    for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + head.length)) {
      if (isCovered(i, head.length)) continue;
      const anaphor = text[i - 1] === '该';
      const bare = breakBefore(text, i) || endsWithDigitDate(text, i);
      if (!anaphor && !bare) continue;
      // The first body with that head, when the text has named it by then (a report names its committee before it
      // calls it `委员会`; one named only later is another's), and named it again within GENERIC_REACH: a file of
      // sentences from many documents (the dev set) names a committee once and says `委员会` of others for pages.
      const first = poolOf(head)[0];
      const target = anaphor
        ? lastBefore(poolOf(head), i)
        : first && first.end <= i && i - lastNamedEnd(first.name, i) <= GENERIC_REACH
          ? first
          : undefined;
      if (target) take(i, head, target);
    }
  }
  for (let q = text.indexOf('该'); q >= 0; q = text.indexOf('该', q + 1)) {
    const i = q + 1;
    for (const head of ANAPHOR_HEADS) {
      if (!text.startsWith(head, i) || isCovered(i, head.length)) continue;
      const target = lastBefore(poolOf(head), i);
      if (target) {
        take(i, head, target);
        break;
      }
    }
  }
  return out;
}

/**
 * Heads that alone are a name (`专家小组`, the Panel of Experts; ZH_STANDALONE_HEADS) where no find (`named`, generic
 * heads included) took them: after a break, a particle, a preposition or a verb, not after a quantifier or a
 * determiner (`一个专家小组`, a panel; `其他专家小组`), and not before `会议` (`专家小组会议`, an expert group meeting).
 */
export function standaloneHeads(text: string, named: readonly OrgMention[]): OrgMention[] {
  const out: OrgMention[] = [];
  const covered = new Uint8Array(text.length + 1);
  for (const n of named) covered.fill(1, n.start, n.end);
  for (const head of ZH_STANDALONE_HEADS) {
    for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + head.length)) {
      if (covered.subarray(i, i + head.length).includes(1) || text.startsWith('会议', i + head.length)) continue;
      const before = text.charCodeAt(i - 1);
      // (No stop word ends with one of NOT_BEFORE_A_NAME: only the stop character itself is excluded.)
      const alone =
        (breakBefore(text, i) && !NOT_BEFORE_A_NAME.has(before) && !afterOther(text, i)) ||
        BEFORE_A_NAME.has(before) ||
        endsWithDigitDate(text, i);
      if (!alone) continue;
      out.push({ start: i, end: i + head.length, name: head, source: 'grammar' });
      covered.fill(1, i, i + head.length);
    }
  }
  return out;
}

/**
 * The start of a Chinese body's name that ends with a head word starting at `at`, read leftward as the suffix grammar
 * reads one (walkLeft, `问题` and `其他` as there), or undefined when fewer than two characters come before the head
 * or they only say what kind of body it is (`国际组织`). For a head the grammar does not follow alone (`基金`, `中心`),
 * where other evidence says a body is named there: the other languages of an aligned line. `covered` marks the code
 * units of names already found, which the walk does not enter, and `endsName` (one longer than the text) the
 * positions where one ends. A name holds at most `maxConjunctions` of `和 与 及 、` (those of the other language's
 * name): it starts after the one before them.
 */
export function chineseNameBefore(
  text: string,
  at: number,
  covered: Uint8Array,
  endsName: Uint8Array,
  maxConjunctions = Infinity,
): number | undefined {
  let j = walkLeft(text, at, covered, endsName);
  // No more conjunctions than the other language's name holds: `增加小额贷款和发展基金` (to increase microcredit and
  // the Development Fund) is `发展基金` when it names no `and`.
  const conj: number[] = [];
  for (let k = j; k < at; k++) if (isConjAt(text, k)) conj.push(k);
  if (conj.length > maxConjunctions) j = (conj[conj.length - maxConjunctions - 1] ?? j) + 1;
  if (text.startsWith('问题', j) && j < at) {
    const title = titleBefore(text, j);
    if (title === j) return undefined;
    j = title;
  }
  // After `其他` (other) or a word that counts or points (`各协调中心`, each focal point), a head names a class.
  if (afterOther(text, j) || NOT_BEFORE_A_NAME.has(text.charCodeAt(j - 1))) return undefined;
  const prefix = text.slice(j, at);
  return prefix.length < 2 || ZH_GENERIC_PREFIX.test(prefix) ? undefined : j;
}

/** Whether `其他` or `其它` (other) ends right before `i`: what follows is a class (`其他专家小组`, other panels). */
function afterOther(text: string, i: number): boolean {
  return text.endsWith('其他', i) || text.endsWith('其它', i);
}

// Stop characters that count or point (个 各 该 此 这 其 些 次 届 等): a standalone head after one is a group, not a name.
const NOT_BEFORE_A_NAME = new Set(Array.from('个各该此这其些次届等', (c) => c.charCodeAt(0)));
// Prepositions and verbs that are no stop characters but come right before a name (`同专家小组合作`, with the Panel).
const BEFORE_A_NAME = new Set(Array.from('同经据令使让', (c) => c.charCodeAt(0)));
