import { compareStrings, type AcronymEntity, type Entity, type OrganizationEntity } from '@untk/core';
import { resolutionsCitedBy } from '@untk/extraction';
import { compatibleKinds, headKinds } from './heads.js';
import { projectedLang, projectMissing } from './projection.js';

/** A short form of a glossary entry, with how sure the mapping is (1 when the document states it). */
export interface GlossaryShortForm {
  form: string;
  confidence: number;
  /** Times the mapping was found (explicit pairs and first uses of unintroduced short forms). */
  count: number;
}

/** One body (or, for acronym pairs that name no body, one term) in one language. */
export interface GlossaryEntry {
  /** `lang:name`, unique in the glossary. */
  id: string;
  lang: string;
  /** The canonical long form. */
  name: string;
  /** `body` when organisation mentions name it; `term` for an acronym pair only. */
  type: 'body' | 'term';
  shortForms: GlossaryShortForm[];
  /** Organisation mentions (long or short form, or a generic word resolved to it); acronym pairs for a term. */
  mentions: number;
  documents: number;
  /** Where it first occurs: the first document in code-unit order, and the first offset in it. */
  first: { doc: string; start: number; text: string };
  /**
   * Read in the text only where the aligned lines of its group's other languages name the body (a Chinese name with
   * a head the grammar does not follow alone: `技术合作基金`, the Technical Cooperation Fund; an Arabic one whose
   * construct ends in a proper name: `صندوق تعمير هايتي`); `untk extract` does not give it. Absent for entries read
   * from the entities.
   */
  projected?: true;
}

/** How two entries in different languages were found to name the same body. */
export interface GlossaryLink {
  from: string;
  to: string;
  method: 'aligned-lines' | 'aligned-lines+same-short-form' | 'aligned-lines+full-name' | 'projected';
  /** Aligned lines where both occur, and on how many lines each occurs. */
  sharedLines: number;
  fromLines: number;
  toLines: number;
  /** Dice coefficient of the two line sets, weighted down when few lines are shared; 0..1. */
  confidence: number;
}

/** Entries linked across languages, with the links that joined them. */
export interface GlossaryGroup {
  id: string;
  members: string[];
  links: GlossaryLink[];
}

export interface Glossary {
  entries: GlossaryEntry[];
  groups: GlossaryGroup[];
}

export interface GlossaryOptions {
  /**
   * Parallel documents whose line i are translations of each other (the UN Parallel Corpus files): the start
   * offset of every line of each document, by document id. Entries are then linked across languages.
   */
  aligned?: {
    lineStarts: Readonly<Record<string, readonly number[]>>;
    /**
     * The text of each document, by id, with its language: where a group of four languages or more has no Chinese
     * or Arabic member, its name is looked for in that document's lines (see projectMissing in projection.ts).
     */
    texts?: Readonly<Record<string, { lang: string; text: string }>>;
  };
  /** Least confidence for a cross-language link; 0.3 by default. */
  minLinkConfidence?: number;
}

/** What the glossary gathers for one entry while it reads the entities. */
export interface Acc {
  entry: GlossaryEntry;
  docs: Set<string>;
  shorts: Map<string, GlossaryShortForm>;
  lines: Set<number>;
  /** Per aligned line, where the entry is first mentioned on it (an offset into its document). */
  firstOnLine: Map<number, number>;
}

/**
 * The glossary of a corpus from its organisation and acronym entities: one entry per body and language with its
 * long and short forms, mentions, documents and first occurrence, sorted by mentions (descending), then language,
 * then name. With aligned documents, entries of different languages that keep occurring on the same lines are
 * linked (one-to-one per language pair, strongest first) and grouped, unless their head words say they are
 * different kinds of body (an office and a committee; see heads.ts).
 */
export function buildGlossary(entities: Iterable<Entity>, options: GlossaryOptions = {}): Glossary {
  const acc = new Map<string, Acc>();
  const get = (lang: string, name: string, type: 'body' | 'term', e: Entity): Acc => {
    const id = `${lang}:${name}`;
    let a = acc.get(id);
    if (!a) {
      a = {
        entry: { id, lang, name, type, shortForms: [], mentions: 0, documents: 0, first: at(e) },
        docs: new Set(),
        shorts: new Map(),
        lines: new Set(),
        firstOnLine: new Map(),
      };
      acc.set(id, a);
    }
    if (type === 'body') a.entry.type = 'body';
    if (before(e, a.entry.first)) a.entry.first = at(e);
    a.docs.add(e.doc);
    const line = lineOf(options, e);
    if (line !== undefined) {
      a.lines.add(line);
      const was = a.firstOnLine.get(line);
      if (was === undefined || e.start < was) a.firstOnLine.set(line, e.start);
    }
    return a;
  };
  const acronyms: AcronymEntity[] = [];
  // Where Chinese and Arabic names were found, by document, and the entry each is counted under: what the
  // projection leaves alone.
  const found = new Map<string, Array<[number, number, string]>>();
  for (const e of entities) {
    if (e.kind === 'organization') get(e.lang, (e as OrganizationEntity).name, 'body', e).entry.mentions++;
    else if (e.kind === 'acronym') acronyms.push(e);
    if (options.aligned?.texts && projectedLang(e.lang) && (e.kind === 'organization' || e.kind === 'acronym')) {
      const spans = found.get(e.doc) ?? [];
      spans.push([e.start, e.end, `${e.lang}:${e.kind === 'organization' ? e.name : e.long}`]);
      found.set(e.doc, spans);
    }
  }
  for (const e of acronyms) {
    const a = get(e.lang, e.long, 'term', e);
    if (a.entry.type === 'term') a.entry.mentions++;
    const s = a.shorts.get(e.short) ?? { form: e.short, confidence: 0, count: 0 };
    s.confidence = Math.max(s.confidence, e.confidence ?? 1);
    s.count++;
    a.shorts.set(e.short, s);
  }
  for (const a of acc.values()) {
    a.entry.documents = a.docs.size;
    a.entry.shortForms = [...a.shorts.values()].sort(
      (x, y) => y.confidence - x.confidence || y.count - x.count || compareStrings(x.form, y.form),
    );
  }
  const groups = options.aligned ? linkAcrossLanguages(acc, options.minLinkConfidence ?? 0.3) : [];
  if (options.aligned?.texts) projectMissing(acc, groups, options.aligned.lineStarts, options.aligned.texts, found);
  const entries = [...acc.values()]
    .map((a) => a.entry)
    .sort((x, y) => y.mentions - x.mentions || compareStrings(x.lang, y.lang) || compareStrings(x.name, y.name));
  const mentions = (id: string) => acc.get(id)?.entry.mentions ?? 0;
  groups.sort(
    (x, y) =>
      y.members.reduce((n, m) => n + mentions(m), 0) - x.members.reduce((n, m) => n + mentions(m), 0) ||
      compareStrings(x.id, y.id),
  );
  return { entries, groups };
}

function at(e: Entity): GlossaryEntry['first'] {
  return { doc: e.doc, start: e.start, text: e.text };
}

function before(e: Entity, first: GlossaryEntry['first']): boolean {
  return compareStrings(e.doc, first.doc) < 0 || (e.doc === first.doc && e.start < first.start);
}

function lineOf(options: GlossaryOptions, e: Entity): number | undefined {
  const starts = options.aligned?.lineStarts[e.doc];
  if (!starts) return undefined;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= e.start) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Confidence of a link from the overlap of two line sets: Dice, times 1 − 2^−shared (one shared line is weak). */
export function linkConfidence(shared: number, a: number, b: number): number {
  if (shared === 0) return 0;
  const dice = (2 * shared) / (a + b);
  return Math.round(dice * (1 - 2 ** -shared) * 1000) / 1000;
}

function linkAcrossLanguages(acc: ReadonlyMap<string, Acc>, minConfidence: number): GlossaryGroup[] {
  // Count the lines each pair of entries (different languages) shares.
  const byLine = new Map<number, Acc[]>();
  for (const a of acc.values()) {
    for (const l of a.lines) {
      const list = byLine.get(l) ?? [];
      list.push(a);
      byLine.set(l, list);
    }
  }
  // Where each entry stands among its language's entries on each line: its rank in the order of their first
  // mentions, as a share of the line (the middle of its slot), for telling apart two links that tie otherwise.
  const order = new Map<Acc, Map<number, number>>();
  for (const [line, list] of byLine) {
    const byLang = new Map<string, Acc[]>();
    for (const a of list) {
      const same = byLang.get(a.entry.lang);
      if (same) same.push(a);
      else byLang.set(a.entry.lang, [a]);
    }
    for (const same of byLang.values()) {
      same.sort(
        (x, y) =>
          (x.firstOnLine.get(line) ?? 0) - (y.firstOnLine.get(line) ?? 0) || compareStrings(x.entry.id, y.entry.id),
      );
      same.forEach((a, rank) => {
        const m = order.get(a) ?? new Map<number, number>();
        m.set(line, (rank + 0.5) / same.length);
        order.set(a, m);
      });
    }
  }
  const shared = new Map<string, { a: Acc; b: Acc; n: number; apart: number }>();
  for (const [line, list] of byLine) {
    for (const a of list) {
      for (const b of list) {
        if (compareStrings(a.entry.lang, b.entry.lang) >= 0) continue;
        const k = `${a.entry.id}\u0000${b.entry.id}`;
        const s = shared.get(k) ?? { a, b, n: 0, apart: 0 };
        s.n++;
        s.apart += Math.abs((order.get(a)?.get(line) ?? 0) - (order.get(b)?.get(line) ?? 0));
        shared.set(k, s);
      }
    }
  }
  const candidates: GlossaryLink[] = [];
  // How far apart the two entries of a candidate stand on their shared lines, on average (see `order`).
  const apartOf = new Map<GlossaryLink, number>();
  // Candidates one of whose names cites resolutions the other does not (see citedResolutions).
  const oneSided = new Set<GlossaryLink>();
  // Entries whose head words say they are different kinds of body are never linked (see heads.ts).
  const kinds = new Map<Acc, number>();
  const kindOf = (x: Acc) => {
    let k = kinds.get(x);
    if (k === undefined) kinds.set(x, (k = headKinds(x.entry.lang, x.entry.name)));
    return k;
  };
  // The resolutions each name cites (a committee named by them), and whether two entries may name one body: kinds
  // that do not exclude each other, and cited resolutions that do not (one set holds the other, or one is empty).
  const cited = new Map<Acc, Set<string>>();
  const citedBy = (x: Acc) => {
    let c = cited.get(x);
    if (!c) cited.set(x, (c = citedResolutions(x.entry.name)));
    return c;
  };
  const mayBeOne = (x: Acc, y: Acc) => compatibleKinds(kindOf(x), kindOf(y)) && nested(citedBy(x), citedBy(y));
  for (const { a, b, n, apart } of shared.values()) {
    if (!mayBeOne(a, b)) continue;
    const sameShort = a.entry.shortForms.some((x) => b.entry.shortForms.some((y) => y.form === x.form));
    let confidence = linkConfidence(n, a.lines.size, b.lines.size);
    if (sameShort) confidence = Math.round((1 - (1 - confidence) / 2) * 1000) / 1000;
    if (confidence < minConfidence) continue;
    const link: GlossaryLink = {
      from: a.entry.id,
      to: b.entry.id,
      method: sameShort ? 'aligned-lines+same-short-form' : 'aligned-lines',
      sharedLines: n,
      fromLines: a.lines.size,
      toLines: b.lines.size,
      confidence,
    };
    candidates.push(link);
    apartOf.set(link, apart / n);
    if (citedBy(a).size !== citedBy(b).size) oneSided.add(link);
  }
  // A link to a generic reference gives way to the full name it shortens (`行政和预算问题咨询委员会` with `Advisory
  // Committee on Administrative and Budgetary Questions`, not with `Advisory Committee`, which the English lines
  // write where Chinese gives the name), in its place in the order: see fullerNames.
  const fuller = fullerNames(candidates, acc, mayBeOne);
  // One-to-one per language pair, strongest first. Of two links equally strong, the one whose names cite the same
  // resolutions goes first (a committee named by its resolutions with the committee that cites them, not with
  // the body named beside it); then the one whose entries stand in the same order on their lines (`the IAEA and
  // the OPCW` and `الوكالة … ومنظمة حظر الأسلحة الكيميائية`: each name with the one in its place); then ids, so
  // that the result is deterministic.
  const sided = (l: GlossaryLink) => (oneSided.has(l) ? 1 : 0);
  candidates.sort(
    (x, y) =>
      y.confidence - x.confidence ||
      y.sharedLines - x.sharedLines ||
      sided(x) - sided(y) ||
      (apartOf.get(x) ?? 0) - (apartOf.get(y) ?? 0) ||
      compareStrings(x.from, y.from) ||
      compareStrings(x.to, y.to),
  );
  const taken = new Set<string>();
  const links: GlossaryLink[] = [];
  // Groups: connected entries (union–find); a link that would put two entries of one language in a group is
  // left out, so that a group holds at most one entry per language.
  const parent = new Map<string, string>();
  const langsOf = new Map<string, Set<string>>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  const langs = (root: string) => langsOf.get(root) ?? new Set([acc.get(root)?.entry.lang ?? '']);
  for (const candidate of candidates) {
    const l = fuller.get(candidate) ?? candidate;
    const toLang = acc.get(l.to)?.entry.lang ?? '';
    const fromLang = acc.get(l.from)?.entry.lang ?? '';
    const k1 = `${l.from}\u0000${toLang}`;
    const k2 = `${l.to}\u0000${fromLang}`;
    if (taken.has(k1) || taken.has(k2)) continue;
    const [ra, rb] = [find(l.from), find(l.to)];
    const [la, lb] = [langs(ra), langs(rb)];
    if (ra !== rb && [...la].some((x) => lb.has(x))) continue;
    taken.add(k1);
    taken.add(k2);
    links.push(l);
    if (ra === rb) continue;
    const [keep, drop] = compareStrings(ra, rb) < 0 ? [ra, rb] : [rb, ra];
    parent.set(drop, keep);
    langsOf.set(keep, new Set([...la, ...lb]));
  }
  const groups = new Map<string, GlossaryGroup>();
  for (const l of links) {
    const root = find(l.from);
    const g = groups.get(root) ?? { id: '', members: [], links: [] };
    for (const m of [l.from, l.to]) if (!g.members.includes(m)) g.members.push(m);
    g.links.push(l);
    groups.set(root, g);
  }
  return [...groups.values()].map((g) => {
    g.members.sort((x, y) => compareStrings(x, y));
    g.links.sort((x, y) => compareStrings(x.from, y.from) || compareStrings(x.to, y.to));
    // Named after its English member when it has one, else its first member.
    g.id = g.members.find((m) => m.startsWith('en:')) ?? g.members[0] ?? '';
    return g;
  });
}

/**
 * Whether `longer` is `shorter` with more words: the full name of which `shorter` is a generic reference
 * (`Advisory Committee` → `Advisory Committee on Administrative and Budgetary Questions`, `اللجنة الاستشارية` →
 * `اللجنة الاستشارية لشؤون الإدارة والميزانية`). Chinese puts the head last: `咨询委员会` → `行政和预算问题咨询委员会`.
 */
function extendsName(lang: string, longer: string, shorter: string): boolean {
  if (longer.length <= shorter.length) return false;
  return lang === 'zh' ? longer.endsWith(shorter) : longer.startsWith(`${shorter} `);
}

/**
 * The candidate links that give way to a fuller name, each with the link that takes its place: a link from an entry
 * `a` to `b` of another language, where that language also has an entry `b2` whose name extends `b`'s (extendsName)
 * and `a` is on every line of `b2` (two or more), is replaced by the link from `a` to `b2` (the one with the most
 * lines, if several), when `a` is a full name: one the corpus shortens (it has short forms: `行预咨委会`), and no
 * entry of its language extends it. (`الأمانة العامة`, the Secretariat, which no Arabic line shortens, stays with
 * `Secretariat`, not `United Nations Secretariat`, though it is on every line of both.) On
 * aligned lines a full name in one language is often a short reference in another (`the Advisory Committee`), so the
 * short reference shares more lines with it than the full name does; the full name is the one it names. The new
 * link's confidence is that of its own lines, which may be below the least confidence: what it rests on is that the
 * full name never occurs without `a`. Like every candidate, it must pass `mayBeOne` (kinds and cited resolutions).
 */
function fullerNames(
  candidates: readonly GlossaryLink[],
  acc: ReadonlyMap<string, Acc>,
  mayBeOne: (x: Acc, y: Acc) => boolean,
): Map<GlossaryLink, GlossaryLink> {
  const byLang = new Map<string, Acc[]>();
  for (const a of acc.values()) {
    const list = byLang.get(a.entry.lang);
    if (list) list.push(a);
    else byLang.set(a.entry.lang, [a]);
  }
  const longer = new Map<Acc, Acc[]>();
  const longerOf = (x: Acc) => {
    let l = longer.get(x);
    if (!l) {
      l = (byLang.get(x.entry.lang) ?? [])
        .filter((y) => extendsName(x.entry.lang, y.entry.name, x.entry.name))
        .sort((y, z) => z.lines.size - y.lines.size || compareStrings(y.entry.id, z.entry.id));
      longer.set(x, l);
    }
    return l;
  };
  const out = new Map<GlossaryLink, GlossaryLink>();
  for (const l of candidates) {
    for (const [a, b] of [
      [acc.get(l.from), acc.get(l.to)],
      [acc.get(l.to), acc.get(l.from)],
    ]) {
      if (!a || !b || a.entry.shortForms.length === 0 || longerOf(a).length > 0) continue;
      const b2 = longerOf(b).find(
        (x) => x.lines.size >= 2 && [...x.lines].every((n) => a.lines.has(n)) && mayBeOne(a, x),
      );
      if (!b2) continue;
      const [from, to] = compareStrings(a.entry.lang, b2.entry.lang) < 0 ? [a, b2] : [b2, a];
      const n = b2.lines.size;
      out.set(l, {
        from: from.entry.id,
        to: to.entry.id,
        method: 'aligned-lines+full-name',
        sharedLines: n,
        fromLines: from.lines.size,
        toLines: to.lines.size,
        confidence: linkConfidence(n, a.lines.size, n),
      });
      break;
    }
  }
  return out;
}

/** The resolutions a name cites, as `number(year)` (a committee named by its resolutions; see resolutionsCitedBy). */
export function citedResolutions(name: string): Set<string> {
  return new Set(resolutionsCitedBy(name).map((r) => `${r.number}(${r.year})`));
}

/** Whether one of two sets holds the other. */
function nested(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (!big.has(x)) return false;
  return true;
}
