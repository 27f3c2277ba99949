import { compareStrings } from '@untk/core';
import { arabicNameAt, chineseNameBefore, isArabicLetter } from '@untk/extraction';
import type { Acc, GlossaryEntry, GlossaryGroup } from './glossary.js';
import { linkConfidence } from './glossary.js';
import { headKinds, zhHeadsOf } from './heads.js';

/**
 * Members for the aligned glossary's groups that lack one in Chinese or Arabic, read in that language's lines where
 * the group's other languages name the body. Neither script has capitals, so each grammar leaves out what it cannot
 * tell from an ordinary phrase: a Chinese head that also ends ordinary phrases (`基金` fund, `中心` centre, `论坛`
 * forum: `技术合作基金`), an Arabic construct whose last term is a proper name and so takes no article (`صندوق تعمير
 * هايتي`, the Haiti Reconstruction Fund; `اتحاد نهر مانو`, the Mano River Union). On an aligned line where the other
 * languages name a body of a known kind, that is the evidence the grammar lacked.
 */

/** The languages whose missing members are read on the aligned lines. */
type ProjectedLang = 'zh' | 'ar';

/** The language a tag is projected in, or undefined. */
export function projectedLang(tag: string): ProjectedLang | undefined {
  if (tag === 'zh' || tag.startsWith('zh-')) return 'zh';
  if (tag === 'ar' || tag.startsWith('ar-')) return 'ar';
  return undefined;
}

/** A name read on one line, and where it stands. */
interface Reading {
  name: string;
  start: number;
  end: number;
}

/** The document of one language read for projected names: its text, line starts, and where names were found in it. */
interface Side {
  lang: ProjectedLang;
  doc: string;
  text: string;
  starts: readonly number[];
  covered: Uint8Array;
  endsName: Uint8Array;
  /** The entry (by id) of the name found that ends at each position. */
  entryEndingAt: Map<number, string>;
}

/**
 * What a reader knows of the group it reads for: its pivot's name and language, the kinds of body it may be, and
 * whether the pivot's name holds the name of the body an entry (by id) names.
 */
interface Wanted {
  lang: string;
  name: string;
  kinds: number;
  holds: (id: string) => boolean;
}

/**
 * Add to each group of four languages or more that has no member in Chinese (or Arabic) the name read in that
 * language's document: on each of its pivot's lines where at least half of its members stand, the names of the
 * pivot's kind (headKinds) the reader finds where no name was found (readChinese, readArabic). A line with one such
 * name chooses it; one with several chooses none (word order differs too much between the languages to pair them by
 * rank: `美属萨摩亚电力局通过美属萨摩亚领土财政改革办公室…` names the Power Authority first, English the Office). The
 * name chosen on the most lines is the group's, if that is at least half of them and no other name is chosen as
 * often; never one the entities already name. The new entry is marked `projected`; its links to the members say
 * `projected`, with the lines they share. Only a language with one document (one side of the alignment) is read.
 */
export function projectMissing(
  acc: Map<string, Acc>,
  groups: readonly GlossaryGroup[],
  lineStarts: Readonly<Record<string, readonly number[]>>,
  texts: Readonly<Record<string, { lang: string; text: string }>>,
  found: ReadonlyMap<string, ReadonlyArray<readonly [number, number, string]>>,
): void {
  const groupOf = new Map<string, GlossaryGroup>();
  for (const g of groups) for (const m of g.members) groupOf.set(m, g);
  const byLine = new Map<number, Acc[]>();
  const addToLines = (a: Acc) => {
    for (const l of a.lines) {
      const list = byLine.get(l);
      if (list) list.push(a);
      else byLine.set(l, [a]);
    }
  };
  for (const a of acc.values()) addToLines(a);
  const ordered = [...groups].sort((x, y) => compareStrings(x.id, y.id));
  for (const lang of ['zh', 'ar'] as const) {
    const side = sideOf(lang, lineStarts, texts, found);
    if (!side) continue;
    for (const g of ordered) {
      const langs = new Set(g.members.map((m) => acc.get(m)?.entry.lang ?? ''));
      const pivot = acc.get(g.id);
      if (!pivot || langs.size < 4 || [...langs].some((l) => projectedLang(l) === lang)) continue;
      const kinds = headKinds(pivot.entry.lang, pivot.entry.name);
      if (kinds === 0) continue;
      // Whether the pivot's name holds the name, in its language, of the body an entry names (the United Nations in
      // `United Nations Evaluation Group`, the Security Council in `شعبة شؤون مجلس الأمن`).
      const holds = (id: string) =>
        (groupOf.get(id)?.members ?? []).some((m) => {
          const other = acc.get(m)?.entry;
          return (
            other?.lang === pivot.entry.lang && pivot.entry.name.includes(other.name) && other.name !== pivot.entry.name
          );
        });
      const wanted: Wanted = { lang: pivot.entry.lang, name: pivot.entry.name, kinds, holds };
      // The pivot's lines that at least half of the members stand on.
      const count = new Map<number, number>();
      for (const m of g.members) for (const l of acc.get(m)?.lines ?? []) count.set(l, (count.get(l) ?? 0) + 1);
      const lines = [...pivot.lines].filter((l) => 2 * (count.get(l) ?? 0) >= g.members.length).sort((a, b) => a - b);
      const chosen = new Map<string, Map<number, Reading>>();
      for (const l of lines) {
        const read = lang === 'zh' ? readChinese(side, l, wanted) : readArabic(side, l, wanted);
        const pick = read.length === 1 ? read[0] : undefined;
        if (!pick) continue;
        const at = chosen.get(pick.name) ?? new Map<number, Reading>();
        at.set(l, pick);
        chosen.set(pick.name, at);
      }
      const [best, next] = [...chosen].sort((x, y) => y[1].size - x[1].size || compareStrings(x[0], y[0]));
      if (!best || 2 * best[1].size < lines.length || (next && next[1].size === best[1].size)) continue;
      const [name, readings] = best;
      const id = `${lang}:${name}`;
      if (acc.has(id)) continue;
      const firstOnLine = new Map([...readings].map(([l, r]) => [l, r.start]));
      const first = [...readings.values()].reduce((x, y) => (y.start < x.start ? y : x));
      const entry: GlossaryEntry = {
        id,
        lang,
        name,
        type: 'body',
        shortForms: [],
        mentions: firstOnLine.size,
        documents: 1,
        first: { doc: side.doc, start: first.start, text: side.text.slice(first.start, first.end) },
        projected: true,
      };
      const a: Acc = {
        entry,
        docs: new Set([side.doc]),
        shorts: new Map(),
        lines: new Set(firstOnLine.keys()),
        firstOnLine,
      };
      acc.set(id, a);
      addToLines(a);
      join(acc, g, a);
    }
  }
}

/** Put the projected entry `a` in group `g`, linked to each member it shares lines with. */
function join(acc: ReadonlyMap<string, Acc>, g: GlossaryGroup, a: Acc): void {
  const id = a.entry.id;
  for (const m of g.members) {
    const other = acc.get(m);
    if (!other) continue;
    let shared = 0;
    for (const l of a.lines) if (other.lines.has(l)) shared++;
    if (shared === 0) continue;
    g.links.push({
      from: m,
      to: id,
      method: 'projected',
      sharedLines: shared,
      fromLines: other.lines.size,
      toLines: a.lines.size,
      confidence: linkConfidence(shared, other.lines.size, a.lines.size),
    });
  }
  g.members.push(id);
  g.members.sort(compareStrings);
  g.links.sort((x, y) => compareStrings(x.from, y.from) || compareStrings(x.to, y.to));
}

/** The one document of `lang` among the texts, with the code units inside names found in it; else undefined. */
function sideOf(
  lang: ProjectedLang,
  lineStarts: Readonly<Record<string, readonly number[]>>,
  texts: Readonly<Record<string, { lang: string; text: string }>>,
  found: ReadonlyMap<string, ReadonlyArray<readonly [number, number, string]>>,
): Side | undefined {
  const docs = Object.keys(texts).filter((d) => projectedLang(texts[d]?.lang ?? '') === lang && lineStarts[d]);
  const [doc] = docs;
  if (docs.length !== 1 || doc === undefined) return undefined;
  const text = texts[doc]?.text ?? '';
  const side: Side = {
    lang,
    doc,
    text,
    starts: lineStarts[doc] ?? [],
    covered: new Uint8Array(text.length + 1),
    endsName: new Uint8Array(text.length + 1),
    entryEndingAt: new Map(),
  };
  for (const [a, b, id] of found.get(doc) ?? []) {
    side.covered.fill(1, a, b);
    side.endsName[b] = 1;
    side.entryEndingAt.set(b, id);
  }
  return side;
}

/** Where line `l` starts and ends in the side's text (without its line break), or undefined. */
function lineRange(side: Side, l: number): [number, number] | undefined {
  const from = side.starts[l];
  if (from === undefined) return undefined;
  let to = side.starts[l + 1] ?? side.text.length;
  while (to > from && (side.text.charCodeAt(to - 1) === 0x0a || side.text.charCodeAt(to - 1) === 0x0d)) to--;
  return [from, to];
}

/**
 * How many of Chinese `和 与 及 、` a translation of a name may hold: the name's own `and` and commas (`Economic,
 * Social and Cultural`, `经济、社会和文化`); any number for a language whose conjunctions are not counted here.
 */
function conjunctionsIn(lang: string, name: string): number {
  const and = { en: /\band\b/g, fr: /\bet\b/g, es: /\b[ye]\b/g, ru: /(?<![\p{L}])и(?![\p{L}])/gu }[lang];
  if (!and) return Infinity;
  return (name.match(and)?.length ?? 0) + (name.match(/,/g)?.length ?? 0);
}

/**
 * The names read on Chinese line `l` from each head word of the wanted kind (zhHeadsOf, longest first; each position
 * once) that no name found holds, leftward as the grammar reads a name (chineseNameBefore, with no more conjunctions
 * than the pivot's name has: `增加小额贷款和发展基金` gives `发展基金` for the Development Fund), with `联合国` before one
 * when the pivot's name holds the name of the body found right before (`联合国评价小组`, `安全理事会事务司`). Each name
 * once, where it first stands.
 */
function readChinese(side: Side, l: number, wanted: Wanted): Reading[] {
  const range = lineRange(side, l);
  if (!range) return [];
  const [from, to] = range;
  const { text, covered, endsName } = side;
  const maxConjunctions = conjunctionsIn(wanted.lang, wanted.name);
  const unNamed = /\bUnited Nations\b|\bNations Unies\b|\bNaciones Unidas\b/u.test(wanted.name);
  const used = new Uint8Array(to - from);
  const out = new Map<string, Reading>();
  for (const head of zhHeadsOf(wanted.kinds)) {
    for (let at = text.indexOf(head, from); at >= 0 && at + head.length <= to; at = text.indexOf(head, at + 1)) {
      if (used[at - from] === 1 || covered[at] === 1) continue;
      used.fill(1, at - from, at - from + head.length);
      let start = chineseNameBefore(text, at, covered, endsName, maxConjunctions);
      if (start === undefined) continue;
      if (endsName[start] === 1) {
        // A name found right before opens the name when the pivot's name holds that body's (`联合国评价小组`, the
        // United Nations Evaluation Group; `安全理事会事务司`, the Security Council Affairs Division), or says United
        // Nations before the UN's.
        const owner = side.entryEndingAt.get(start);
        if (owner && wanted.holds(owner)) start = foundStart(side, start);
        else if (unNamed && text.endsWith('联合国', start)) start -= 3;
      }
      const name = text.slice(start, at + head.length);
      if ((out.get(name)?.start ?? Infinity) > start) out.set(name, { name, start, end: at + head.length });
    }
  }
  return [...out.values()];
}

/** Where the name found that ends at `end` starts (its code units are marked covered; another name may end right
 * before it). */
function foundStart(side: Side, end: number): number {
  let k = end - 1;
  while (k > 0 && side.covered[k - 1] === 1 && side.endsName[k] !== 1) k--;
  return k;
}

// Words of a pivot's name that an Arabic construct does not translate by a word of its own.
const FUNCTION_WORDS = new Set(
  "of the for on in and to against at by with from a an de la le les l' des du d' et pour sur en à au aux del los las el y para por".split(
    ' ',
  ),
);

/**
 * The names read on Arabic line `l` from each word that no name found holds and that opens one of the wanted kind
 * (arabicNameAt: a head and the words of a construct that ends in a proper name), with at most as many words as
 * the pivot's name has words of its own (`Haiti Reconstruction Fund`: three). Each name once, where it first stands.
 */
function readArabic(side: Side, l: number, wanted: Wanted): Reading[] {
  const range = lineRange(side, l);
  if (!range) return [];
  const [from, to] = range;
  const { text, covered } = side;
  const own = wanted.name.split(/\s+/u).filter((w) => w !== '' && !FUNCTION_WORDS.has(w.toLowerCase())).length;
  const maxWords = Math.max(2, Math.min(own, 6));
  const out = new Map<string, Reading>();
  for (let i = from; i < to; i++) {
    if (!isArabicLetter(text.charCodeAt(i)) || isArabicLetter(text.charCodeAt(i - 1))) continue;
    if (covered[i] === 1) continue;
    const r = arabicNameAt(text, i, to, maxWords);
    if (!r || (headKinds('ar', r.name) & wanted.kinds) === 0) continue;
    let inside = false;
    for (let k = r.start; k < r.end && !inside; k++) inside = covered[k] === 1;
    if (inside) continue;
    if (!out.has(r.name)) out.set(r.name, r);
    i = r.end;
  }
  return [...out.values()];
}
