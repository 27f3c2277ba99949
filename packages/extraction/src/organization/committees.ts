import type { UnLang } from '@untk/core';
import { asciiDigits } from '../digits.js';
import { overlaps, type OrgMention, type PairMention } from './mention.js';

/*
 * Security Council committees named by the resolutions that set them up, in the five languages the capitalised
 * grammars read (Chinese has its own, `安全理事会…第N(YYYY)号决议所设委员会`, in find-zh.ts). Each language writes
 * them one way, with what follows the resolutions in lower case, where the grammars stop:
 *   en  Security Council Committee established pursuant to resolution 2127 (2013)   (also `established by`, `set up
 *       under`, `in pursuance of`, the Committee without `Security Council`, resolutions joined by `and`)
 *   fr  Comité du Conseil de sécurité créé par la résolution 2127 (2013)            (`faisant suite aux résolutions`)
 *   es  Comité del Consejo de Seguridad establecido en virtud de la resolución 2127 (2013)   (`dimanante de`)
 *   ru  Комитет Совета Безопасности, учрежденный резолюцией 2127 (2013)            (in any case: `Комитетом …,
 *       учрежденным резолюцией`)
 *   ar  لجنة مجلس الأمن المنشأة عملا بالقرار 2127 (2013)                            (`اللجنة المنبثقة عن القرارين`)
 * The grammars read only the opening (`Security Council Committee`, `Comité du Conseil de sécurité`), a name every
 * committee shares, so a corpus counted them as one body and the aligned glossary could not tell them apart. The
 * whole phrase is one name, up to its last resolution (`concerning the Central African Republic` after it is left
 * out: documents write it or not for the same committee). A committee is known by its resolutions, which texts
 * introduce in several ways (`established by resolution 724 (1991)`, `established pursuant to resolution 724(1991)`,
 * `in pursuance of Security Council resolution 253 (1968)`, the Committee with or without the Security Council), so
 * its canonical name is one form per language with the resolutions in it (`Security Council Committee established
 * pursuant to resolutions 1267 (1999) and 1989 (2011)`, `Комитет Совета Безопасности, учрежденный резолюцией …` in
 * the nominative whatever the case of the text).
 */

// One resolution reference, number and year (`2127 (2013)`; a PDF's line may break anywhere in it), and a list of
// them (`1267 (1999) and 1989 (2011)`).
const REF = String.raw`\d{1,4}\s?\(\s?\d{4}\s?\)`;
const refs = (and: string) => String.raw`${REF}(?:(?:[,،]?\s+(?:${and})\s?|[,،]\s+)${REF})*`;

interface CommitteeGrammar {
  /** The word for resolution, in some form: a text without it names no committee (a cheap test before the scan). */
  word: string;
  /** The head word every phrase holds, which the scan looks for (`Committee`, `Comité`, `Комитет`, `لجنة`). */
  head: string;
  /** The phrase from its head word up to its last resolution; sticky, tried where the head word stands. */
  re: RegExp;
  /** What may open the name before the head word (`Security Council`, the Arabic article), ending right before it. */
  before?: RegExp;
  /** The canonical name of the committee set up by these resolutions (`2127 (2013)`, in order). */
  name: (refs: readonly string[]) => string;
}

/** `a`, `a and b`, `a, b and c`: a list as each language writes it. */
const list = (refs: readonly string[], and: string) =>
  refs.length < 2 ? (refs[0] ?? '') : `${refs.slice(0, -1).join(', ')} ${and} ${refs[refs.length - 1] ?? ''}`;

const sticky = (source: string) => new RegExp(source, 'uy');

const GRAMMARS: Partial<Record<UnLang, CommitteeGrammar>> = {
  en: {
    word: 'esolution',
    head: 'Committee',
    re: sticky(
      String.raw`Committee,?\s+(?:established\s+|set\s+up\s+|created\s+)?(?:pursuant\s+to|by|under|in\s+pursuance\s+of)\s+(?:Security\s+Council\s+)?resolutions?\s+${refs('and')}`,
    ),
    before: /Security\s+Council\s+$/u,
    name: (r) =>
      `Security Council Committee established pursuant to ${r.length > 1 ? 'resolutions' : 'resolution'} ${list(r, 'and')}`,
  },
  fr: {
    word: 'ésolution',
    head: 'Comité',
    re: sticky(
      String.raw`Comité\s+(?:du\s+[Cc]onseil\s+de\s+sécurité,?\s+)?(?:(?:créé|constitué|établi)\s+(?:par|en\s+application\s+de|conformément\s+à|en\s+vertu\s+de)|faisant\s+suite\s+(?:à|aux))\s+(?:la\s+|les\s+)?résolutions?\s+${refs('et')}`,
    ),
    name: (r) =>
      `Comité du Conseil de sécurité créé par ${r.length > 1 ? 'les résolutions' : 'la résolution'} ${list(r, 'et')}`,
  },
  es: {
    word: 'esoluci',
    head: 'Comité',
    re: sticky(
      String.raw`Comité\s+(?:del\s+Consejo\s+de\s+Seguridad,?\s+)?(?:(?:establecido|creado)\s+(?:en\s+virtud\s+de|de\s+conformidad\s+con|con\s+arreglo\s+a|por)|dimanante\s+de)\s+(?:la\s+|las\s+)?resoluci(?:ón|ones)\s+${refs('y|e')}`,
    ),
    name: (r) =>
      `Comité del Consejo de Seguridad establecido en virtud de ${r.length > 1 ? 'las resoluciones' : 'la resolución'} ${list(r, 'y')}`,
  },
  ru: {
    word: 'езолюци',
    head: 'Комитет',
    re: sticky(
      String.raw`Комитет(?:ом|а|у|е)?(?:\s+Совета\s+Безопасности)?,?\s+(?:учрежденн|созданн)(?:ый|ым|ого|ому|ом)\s+(?:резолюци(?:ей|ями)|во\s+исполнение\s+резолюци(?:и|й)|в\s+соответствии\s+с\s+резолюци(?:ей|ями))\s+${refs('и')}`,
    ),
    name: (r) =>
      `Комитет Совета Безопасности, учрежденный ${r.length > 1 ? 'резолюциями' : 'резолюцией'} ${list(r, 'и')}`,
  },
  ar: {
    word: 'قرار',
    head: 'لجنة',
    // The Security Council's committee, or the committee (`اللجنة`, the article before the head word).
    re: sticky(
      String.raw`(?:(?<=ال)لجنة|لجنة\s+مجلس\s+الأمن)\s+(?:المنشأة|المنبثقة)\s+(?:عملا\s+ب|عن\s+|بموجب\s+)ال?قرار(?:ين|ات)?\s+${refs('و')}`,
    ),
    before: /ال$/u,
    name: (r) =>
      `لجنة مجلس الأمن المنشأة عملا ${r.length > 2 ? 'بالقرارات' : r.length === 2 ? 'بالقرارين' : 'بالقرار'} ${r.join(' و ')}`,
  },
};

/**
 * The committees named by their resolutions in `text` (normalised), each replacing the finds inside its phrase
 * (`Security Council Committee`, the gazetteer's `Security Council`); a find that reaches out of the phrase keeps its
 * reading and the phrase is not taken. `orgs` disjoint, in any order; the result is disjoint too, in document order,
 * and `added` the committees.
 */
function resolutionCommittees(
  text: string,
  lang: UnLang,
  orgs: OrgMention[],
): { orgs: OrgMention[]; added: OrgMention[] } {
  const g = GRAMMARS[lang];
  if (!g || !text.includes(g.word)) return { orgs, added: [] };
  const added: OrgMention[] = [];
  const inside = new Set<OrgMention>();
  // Each place the head word stands, then the phrase from there (a scan for a literal, then one sticky match).
  for (let at = text.indexOf(g.head); at >= 0; at = text.indexOf(g.head, at + 1)) {
    g.re.lastIndex = at;
    const m = g.re.exec(text);
    if (!m) continue;
    let start = at;
    if (g.before) {
      const opening = g.before.exec(text.slice(Math.max(0, at - 40), at));
      if (opening) start = at - opening[0].length;
    }
    if (!startsWord(text, start, lang)) continue;
    const span = { start, end: at + m[0].length };
    const hits = orgs.filter((o) => overlaps(o, span));
    if (hits.some((o) => o.start < span.start || o.end > span.end)) continue;
    for (const h of hits) inside.add(h);
    const refs = resolutionsCitedBy(m[0]).map((r) => `${r.number} (${r.year})`);
    added.push({ ...span, name: g.name(refs), source: 'grammar' });
    at = span.end - 1;
  }
  if (added.length === 0) return { orgs, added };
  return { orgs: [...orgs.filter((o) => !inside.has(o)), ...added].sort((a, b) => a.start - b.start), added };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/*
 * Committees called by the number of the resolution that set them up, as the UN's own short names do (`the 1540
 * Committee`, `the 661 Committee`, `Comité 1267`, `Комитет 1540`, `لجنة 1540`, `1540委员会`). Such a name is the
 * committee the document names in full with that resolution (`Security Council Committee established pursuant to
 * resolution 1540 (2004)`), and then a short form of it; without one, a name of its own in the language's usual form
 * (`1540 Committee`, `Comité 1540`, `Комитет 1540` in the nominative). Before, the English, French, Spanish,
 * Russian and Arabic grammars read nothing there (no capitalised head word after a number), and Chinese took the
 * `委员会` for the last committee it had named, whatever the number.
 */
interface NumberedGrammar {
  /** A literal every short name holds, which the scan looks for (`ommittee`, `Comité`, `Комитет`, `لجنة`). */
  head: string;
  /** The short name, the number in group 1 (ASCII or Arabic-Indic digits); global, tried around each head. */
  re: RegExp;
  /** The name of a committee called so that the document does not name in full. */
  name: (n: number) => string;
  /** Whether the number stands before the head (`1540 Committee`) rather than after it (`Comité 1540`). */
  numberFirst?: boolean;
}

// Not a resolution with its year (`Comité 1540 (2004)` is the resolution's reference, not the short name).
const NO_YEAR = String.raw`(?![\p{L}\p{N}]|\s?\(\s?[\d\u0660-\u0669])`;
const NUMBER = String.raw`([\d\u0660-\u0669]{3,4})`;
const numbered = (source: string) => new RegExp(source, 'gu');

const NUMBERED: Partial<Record<UnLang, NumberedGrammar>> = {
  en: {
    head: 'ommittee',
    numberFirst: true,
    re: numbered(String.raw`${NUMBER}\s(?:[Ss]anctions\s)?[Cc]ommittee(?![\p{L}\p{N}])`),
    name: (n) => `${n} Committee`,
  },
  fr: {
    head: 'Comité',
    re: numbered(String.raw`Comité\s(?:des\s+sanctions\s)?${NUMBER}${NO_YEAR}`),
    name: (n) => `Comité ${n}`,
  },
  es: {
    head: 'Comité',
    re: numbered(String.raw`Comité\s(?:de\s+[Ss]anciones\s)?${NUMBER}${NO_YEAR}`),
    name: (n) => `Comité ${n}`,
  },
  ru: {
    head: 'Комитет',
    re: numbered(String.raw`Комитет(?:а|у|ом|е)?\s(?:по\s+санкциям\s)?${NUMBER}${NO_YEAR}`),
    name: (n) => `Комитет ${n}`,
  },
  // The committee with or without the article (up to two proclitics before it, `وللجنة 1540`, are no part of it).
  ar: {
    head: 'لجنة',
    re: numbered(String.raw`(?:ال)?لجنة\s(?:القرار\s)?${NUMBER}${NO_YEAR}`),
    name: (n) => `لجنة ${n}`,
  },
};

/** Whether `text[from, to)` holds an ASCII or Arabic-Indic digit. */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = Math.max(0, from), end = Math.min(text.length, to); i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669)) return true;
  }
  return false;
}

/**
 * Whether a word starts at `start`: no letter or digit before it, but for Arabic up to two proclitics (`و`, `ف`, `ب`,
 * `ل`: `للجنة`, `ولجنة`), which are no part of it.
 */
function startsWord(text: string, start: number, lang: UnLang): boolean {
  let open = start;
  if (lang === 'ar') for (let k = 0; k < 2 && /[وفبل]/u.test(text.charAt(open - 1)); k++) open--;
  return open === 0 || !LETTER_OR_DIGIT.test(text.charAt(open - 1));
}

/**
 * The short names of NUMBERED in `text`, in order: each place its head stands, then its pattern on the few dozen
 * characters around it (a short name holding that head).
 */
function numberedNames(
  text: string,
  lang: UnLang,
  g: NumberedGrammar,
): Array<{ start: number; end: number; n: number; short: string }> {
  const out: Array<{ start: number; end: number; n: number; short: string }> = [];
  for (let at = text.indexOf(g.head); at >= 0; at = text.indexOf(g.head, at + 1)) {
    // The number stands before the head in English, after it elsewhere: no digit there, no short name.
    if (!(g.numberFirst ? hasDigit(text, at - 16, at) : hasDigit(text, at + g.head.length, at + 40))) continue;
    const from = Math.max(0, at - 30);
    for (const m of text.slice(from, at + 60).matchAll(g.re)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (start > at || end <= at) continue;
      if (startsWord(text, start, lang)) {
        out.push({ start, end, n: Number(asciiDigits(m[1] ?? '')), short: m[0].replace(/\s+/gu, ' ') });
        at = end - 1;
      }
      break;
    }
  }
  return out;
}

// `1267 (1999)`, `第1267(1999)号`, `2127 (\n2013)`: a resolution's number and year (ASCII digits).
const CITED = /(?<!\d)(\d{1,4})\s?\(\s?((?:19|20)\d\d)\s?\)/g;

/**
 * The resolutions a text cites by number and year, in order (`1267 (1999) and 1989 (2011)`, `第1540(2004)号`,
 * Arabic-Indic digits read as ASCII): what names a committee, and what the glossary compares committees by.
 */
export function resolutionsCitedBy(text: string): Array<{ number: number; year: number }> {
  return [...asciiDigits(text).matchAll(CITED)].map((m) => ({ number: Number(m[1]), year: Number(m[2]) }));
}

/** A committee a document names in full: the text that cites its resolutions, and its name. */
export interface FullCommittee {
  cites: string;
  name: string;
}

/**
 * Of the committees a document names in full, the name of the one a short name with number `n` stands for: the
 * first whose first resolution is `n`, else the first that cites `n` at all.
 */
export function committeeNumbered(n: number, committees: readonly FullCommittee[]): string | undefined {
  return (
    committees.find((c) => resolutionsCitedBy(c.cites)[0]?.number === n) ??
    committees.find((c) => resolutionsCitedBy(c.cites).some((r) => r.number === n))
  )?.name;
}

/**
 * Where the body starts when the short name at [start, end) stands in brackets right after a body ending at one of
 * `bodies`' ends (`… resolution 1540 (2004) (the 1540 Committee)`, `…所设委员会(1540委员会)`), the document
 * introducing it there, and where the brackets close; undefined when it does not.
 */
export function introducedAt(
  text: string,
  start: number,
  end: number,
  bodies: ReadonlyMap<number, number>,
): { start: number; end: number } | undefined {
  let i = start;
  const article = /(?:the|le|el|la)\s$/iu.exec(text.slice(Math.max(0, i - 4), i));
  if (article) i -= article[0].length;
  while (i > 0 && /\s/u.test(text.charAt(i - 1))) i--;
  if (text.charAt(i - 1) !== '(') return undefined;
  i--;
  while (i > 0 && /\s/u.test(text.charAt(i - 1))) i--;
  const body = bodies.get(i);
  let j = end;
  while (j < text.length && /\s/u.test(text.charAt(j))) j++;
  if (body === undefined || text.charAt(j) !== ')') return undefined;
  return { start: body, end: j + 1 };
}

/**
 * The Security Council committees of a normalised text in English, French, Spanish, Russian or Arabic: those named
 * by their resolutions (resolutionCommittees) and those called by a resolution's number (see NUMBERED), each a
 * body, with a pair for each short name that stands for a committee named in full (confidence 1 over both where the
 * document introduces it in brackets, 0.8 at its first use where it uses it without). A short name that meets
 * another find keeps that find.
 */
export function withCommittees(
  text: string,
  lang: UnLang,
  orgs: OrgMention[],
): { orgs: OrgMention[]; pairs: PairMention[] } {
  const named = resolutionCommittees(text, lang, orgs);
  const g = NUMBERED[lang];
  if (!g) return { orgs: named.orgs, pairs: [] };
  const committees = named.added.map((c) => ({ cites: c.name, name: c.name }));
  const bodies = new Map(named.added.map((c) => [c.end, c.start]));
  const added: OrgMention[] = [];
  const pairs: PairMention[] = [];
  const seen = new Set<string>();
  for (const { start, end, n, short } of numberedNames(text, lang, g)) {
    const span = { start, end };
    if (named.orgs.some((o) => overlaps(o, span))) continue;
    const full = committeeNumbered(n, committees);
    added.push({ ...span, name: full ?? g.name(n), source: 'grammar' });
    if (!full || seen.has(short)) continue;
    seen.add(short);
    const pair = introducedAt(text, span.start, span.end, bodies);
    pairs.push({ ...(pair ?? span), long: full, short, confidence: pair ? 1 : 0.8 });
  }
  if (added.length === 0) return { orgs: named.orgs, pairs };
  return { orgs: [...named.orgs, ...added].sort((a, b) => a.start - b.start), pairs };
}
