import type { UnLang } from '@untk/core';
import { overlaps, type OrgMention } from './mention.js';

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
 * The committees named by their resolutions in `text` (normalised), each replacing the finds inside its phrase (`Security Council Committee`, the gazetteer's `Security Council`); a find that
 * reaches out of the phrase keeps its reading and the phrase is not taken. `orgs` disjoint, in any order; the
 * result is disjoint too, in document order.
 */
export function withResolutionCommittees(text: string, lang: UnLang, orgs: OrgMention[]): OrgMention[] {
  const g = GRAMMARS[lang];
  if (!g || !text.includes(g.word)) return orgs;
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
    // A word starts the name: no letter or digit before it, but for Arabic up to two proclitics (`و`, `ف`, `ب`,
    // `ل`: `للجنة`, `ولجنة`), which are no part of it.
    let open = start;
    if (lang === 'ar') for (let k = 0; k < 2 && /[وفبل]/u.test(text.charAt(open - 1)); k++) open--;
    if (open > 0 && LETTER_OR_DIGIT.test(text.charAt(open - 1))) continue;
    const span = { start, end: at + m[0].length };
    const hits = orgs.filter((o) => overlaps(o, span));
    if (hits.some((o) => o.start < span.start || o.end > span.end)) continue;
    for (const h of hits) inside.add(h);
    const refs = [...m[0].matchAll(/(\d{1,4})\s?\(\s?(\d{4})\s?\)/g)].map((r) => `${r[1]} (${r[2]})`);
    added.push({ ...span, name: g.name(refs), source: 'grammar' });
    at = span.end - 1;
  }
  if (added.length === 0) return orgs;
  return [...orgs.filter((o) => !inside.has(o)), ...added].sort((a, b) => a.start - b.start);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
