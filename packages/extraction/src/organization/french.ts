import { gazetteerFor } from './gazetteer.js';
import { straightApostrophes, type OrgMention } from './mention.js';
import { GLUED_FOOTNOTE } from './patterns.js';

/**
 * French body names. UN French capitalises only a name's first word (`Groupe de travail ouvert sur les objectifs
 * de développement durable`, `Division des achats`), so a name cannot be read as a capitalised sequence: it is read
 * from its capitalised head word by a small grammar of what may follow a head inside a name, and ends where the
 * grammar does. What follows the head, in any number:
 * - an adjective (`spécial`, `consultatif`, `économique et social`, `non alignés`);
 * - a complement: `de`, `des`, `du`, `d'`, `aux`, `au` and a noun with or without an article (`de travail`, `des
 *   achats`, `de l'audit interne`); `pour`, `sur`, `contre`, `à`, `entre` with an article or a capitalised word
 *   (`contre le terrorisme`, `pour Abyei`); `en` with a capitalised word (`en Iraq`);
 * - inside a complement, `et` and another complement or noun with its article (`de la sûreté et de la sécurité`,
 *   `contre la drogue et le crime`), or a capitalised word (`Amérique latine et Caraïbes`);
 * - `chargé` of the head's gender and a complement (`Force … chargée du maintien de la paix à Chypre`), or an
 *   infinitive and its object (`Comité spécial chargé d'étudier la situation`).
 * A name ends at the last word that can end one (a noun, an adjective, a capitalised word), before the first word
 * the grammar has no place for: a verb (`Division des achats continuera …`), a determiner (`sur toutes les
 * questions`), a pronoun (`Force s'est retirée`), a number, `ainsi que`, `au titre de`. A head alone is no name:
 * the generic `le Comité a décidé` names none.
 *
 * The principal organs, the United Nations, the African and European Unions and the names of the French gazetteer
 * are whole names: a complement after one is no part of it (`Conseil de sécurité sur la situation …`). Inside a
 * name they are part of it (`Fonds des Nations Unies pour la population`): the grammar bounds its names. States
 * (`Fédération de Russie`), a state's permanent mission, a programme of action or work and the organisation of work
 * (`Organisation des travaux`, an agenda item) are no bodies.
 */

/** Capitalised head words that start a French body's name (`Sous-Comité` as one word). */
export const FR_HEADS = new Set([
  'Organisation',
  'Office',
  'Bureau',
  'Conseil',
  'Comité',
  'Sous-Comité',
  'Commission',
  'Sous-Commission',
  'Programme',
  'Fonds',
  'Mission',
  'Force',
  'Forces',
  'Agence',
  'Union',
  'Association',
  'Communauté',
  'Cour',
  'Tribunal',
  'Banque',
  'Groupe',
  'Centre',
  'Institut',
  'Assemblée',
  'Haut-Commissariat',
  'Entité',
  'Opération',
  'Secrétariat',
  'Armée',
  'Front',
  'Mouvement',
  'Département',
  'Division',
  'Service',
  'Section',
  'Direction',
  'Équipe',
  'Cellule',
  'Mécanisme',
  'Autorité',
  'Ligue',
  'Alliance',
  'Fédération',
  'Réseau',
  'Fondation',
  'Forum',
  'Coalition',
  // (`Cabinet du Secrétaire général`, the Executive Office of the Secretary-General.)
  'Cabinet',
]);

// Any head word of FR_HEADS, even inside a longer word: a stretch without one holds no French body.
export const FR_ANY_HEAD = new RegExp(`(?:${[...FR_HEADS].join('|')})`);

/**
 * A head word and the words after it on the same stretch (global): letters, digits, apostrophes and hyphens, single
 * spaces between them, up to 30 words. A head right after an elided article counts (`l'Union africaine`).
 * addBodiesFr reads the names in it.
 */
export const FR_SEQUENCE = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${[...FR_HEADS].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}'’-])(?: [\\p{L}\\p{N}'’-]{1,40}){0,45}`,
  'gu',
);

// Names that are whole: nothing after them belongs to them.
const FR_WHOLE = new Set([
  'Conseil de sécurité',
  'Assemblée générale',
  'Conseil économique et social',
  'Conseil de tutelle',
  'Cour internationale de Justice',
  'Organisation des Nations Unies',
  'Union africaine',
  'Union européenne',
]);

// Prepositions that open a complement, by what must come after them.
/** a noun with or without an article (`de travail`, `de la paix`) */
const OPEN = new Set(['de', "d'", 'des', 'du', 'aux', 'au']);
/** an article or a capitalised word (`pour le développement`, `pour Abyei`) */
const WITH_ARTICLE = new Set(['pour', 'sur', 'contre', 'à', 'entre']);
const ARTICLES = new Set(['la', 'le', 'les', "l'"]);

// Words that are never the noun of a complement: determiners, pronouns, conjunctions and the nouns of phrases that
// follow a name rather than belong to it (`au titre de`, `au cours de`, `au sein de`, `à l'issue de`).
const NOT_A_NOUN = new Set(
  (
    "que qu' qui quoi dont où ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes un une tous " +
    "toutes tout toute plusieurs certains certaines autres autre même mêmes aucun aucune chaque y en ne n' se s' il " +
    "ils elle elles on lui eux nous vous je j' ainsi et ou mais donc or ni car si plus moins très bien aussi " +
    'titre cours sein cadre niveau moyen profit regard lieu issue lumière vertu raison cas vue tant particulier ' +
    'outre matière faveur fin fins suite compter partir hauteur total ensemble lors tel tels telle telles mise base ' +
    'façon manière sorte exercice période année date part haut sujet durée ici puissances'
  ).split(' '),
);

// Adjectives of names that no suffix rule below reads.
const ADJECTIVES = new Set(
  (
    'mixte mixtes conjoint conjointe conjoints conjointes ad hoc permanent permanente permanents permanentes ' +
    'indépendant indépendante indépendants indépendantes intégré intégrée intégrés intégrées spécialisé ' +
    'spécialisée spécialisés spécialisées restreint restreinte élargi élargie uni unie unis unies unifié unifiée ' +
    'aligné alignés alignée alignées arabe arabes suprême durable durables autochtones autochtone civil civile ' +
    'civils civiles armé armée armés armées privé privée privés privées étranger étrangère étrangers étrangères ' +
    'maritime maritimes commun commune communs communes ouvert ouverte ouverts ouvertes plénier plénière ' +
    'directeur directrice directeurs membre membres exécutif exécutive consultatif consultative haut haute hauts ' +
    'international internationale sous-régional sous-régionale interinstitutions interorganisations ' +
    'démocratique démocratiques libre libres mondiale mondial latin latine latins latines interne internes externe ' +
    'externes nouveau nouvelle nouveaux nouvelles'
  ).split(' '),
);
// `chargé` (in charge of) is neither an adjective nor a noun: a name goes on past it only with a complement of a
// head of its gender (see chargedWith), and ends there otherwise.
const ENDS_BEFORE = new Set(['chargé', 'chargée', 'chargés', 'chargées']);

// The heads of FR_HEADS that are feminine (`la Force`, `la Commission`); the others are masculine.
const FEMININE_HEADS = new Set(
  (
    'Organisation Commission Sous-Commission Mission Force Forces Agence Union Association Communauté Cour Banque ' +
    'Assemblée Entité Opération Armée Division Section Direction Équipe Cellule Autorité Ligue Alliance Fédération ' +
    'Fondation Coalition'
  ).split(' '),
);

// Suffixes of French adjectives (`économique`, `régional`, `consultatif`, `africain`, `européen`, `supérieur`,
// `provisoire`).
const ADJECTIVE_SUFFIX =
  /^\p{Ll}[\p{Ll}-]*(?:iques?|aires?|oires?|ale?s?|aux|elles?|els?|tifs?|tives?|sifs?|sives?|iens?|iennes?|éens?|éennes?|aines?|ains?|aises?|eures?|eurs?|istes?|iers?|ières?)$/u;
// Verbs with an adjective's suffix, frequent after a body's head: `le Comité indique que …`.
const VERBS = new Set(
  'indique explique applique communique implique critique revendique souligne réaffirme signale rappelle déclare recommande appelle insiste persiste assiste existe consiste résiste demeure demeurent'.split(
    ' ',
  ),
);

// `relatif à` (relating to), in its four forms.
const RELATING = new Set(['relatif', 'relative', 'relatifs', 'relatives']);

// Endings only a feminine adjective has (`relative`, `nationale`, `actuelle`, `chargée`, `première`, `africaine`).
const FEMININE_ADJECTIVE = /(?:ive|elle|ée|enne|ale|ère|aine)s?$/u;

function isAdjective(w: string): boolean {
  if (ENDS_BEFORE.has(w)) return false;
  return ADJECTIVES.has(w) || (ADJECTIVE_SUFFIX.test(w) && !VERBS.has(w) && w.length > 3);
}

/** A lower-case word that may be the noun of a complement: not a function word, a number word or an ordinal. */
function isNoun(w: string): boolean {
  return (
    /^\p{Ll}[\p{Ll}'’-]*$/u.test(w) &&
    !NOT_A_NOUN.has(w) &&
    !ENDS_BEFORE.has(w) &&
    !/ièmes?$/u.test(w) &&
    !/['’]$/u.test(w)
  );
}

function isCapitalised(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}

/** The words of a sequence, with an elided article or preposition as a word of its own (`d'`, `l'`). */
function tokens(seq: string): Array<{ w: string; start: number; end: number }> {
  const out: Array<{ w: string; start: number; end: number }> = [];
  const n = seq.length;
  const apostrophe = (c: number) => c === 0x27 || c === 0x2019;
  for (let i = 0; i < n;) {
    const c = seq.charCodeAt(i);
    if (c === 0x20) {
      i++;
      continue;
    }
    if (apostrophe(c)) {
      out.push({ w: "'", start: i, end: i + 1 });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && seq.charCodeAt(j) !== 0x20 && !apostrophe(seq.charCodeAt(j))) j++;
    // An apostrophe with a word right after it ends an elided word (`d'`, `l'`), written with a straight one.
    if (j + 1 < n && apostrophe(seq.charCodeAt(j)) && seq.charCodeAt(j + 1) !== 0x20) {
      out.push({ w: seq.slice(i, j).toLowerCase() + "'", start: i, end: j + 1 });
      i = j + 1;
    } else {
      const word = seq.slice(i, j);
      // A footnote mark glued to a word (`budgétaires3`) is no part of it, and the phrase ends there.
      const footnote = GLUED_FOOTNOTE.exec(word);
      if (footnote) {
        // (`|` marks the end of the phrase: no rule reads past it.)
        out.push({ w: footnote[1]!, start: i, end: i + footnote[1]!.length }, { w: '|', start: j, end: j });
        i = j;
        continue;
      }
      out.push({ w: word, start: i, end: j });
      i = j;
    }
  }
  return out;
}

/**
 * The French bodies a sequence (FR_SEQUENCE) starting at `start` names: one from its head word, then others from
 * the next head word after it, and so on.
 */
export function addBodiesFr(sequence: string, start: number, out: OrgMention[]): void {
  const ts = tokens(sequence);
  for (let i = 0; i < ts.length;) {
    if (!FR_HEADS.has(ts[i]!.w)) {
      i++;
      continue;
    }
    const last = nameEnd(ts, i);
    if (last > i) {
      // The name is counted with straight apostrophes, as the gazetteer writes it: Word documents type `’`
      // (`Groupe d’experts` and `Groupe d'experts` are one name). Both have one code unit, so lengths agree.
      const span = wholeNameAtStart(straightApostrophes(sequence.slice(ts[i]!.start, ts[last]!.end)));
      if (!notABody(span)) {
        out.push({
          start: start + ts[i]!.start,
          end: start + ts[i]!.start + span.length,
          name: span,
          source: 'capitalised',
        });
      }
    }
    i = Math.max(i + 1, last + 1);
  }
}

// The family of a complement's preposition: after `et`, a second complement takes the same one (`de la sûreté et
// de la sécurité`, `de l'audit interne et des investigations`), not another (`Fonds de roulement et sur le Compte`).
function family(prep: string): string {
  if (prep === 'de' || prep === "d'" || prep === 'des' || prep === 'du') return 'de';
  if (prep === 'à' || prep === 'au' || prep === 'aux') return 'à';
  return prep;
}

// Heads whose names may go on with `sur` and a topic (`Groupe d'experts sur la Libye`, `Comité sur la condition de
// la femme`), within three words of the head: after other heads, and further on, `sur` opens the subject of a
// report (`le Secrétariat sur la base des réponses`, `Conseil des droits de l'homme sur la promotion …`).
const SUR_HEADS = new Set(['Groupe', 'Comité', 'Sous-Comité', 'Mécanisme', 'Équipe', 'Réseau', 'Forum', 'Commission']);

// Nouns after `sur` that open what a report or a statement is about, not a topic in a name (`sur les travaux de
// …`, `insiste sur le fait que`).
const NOT_A_TOPIC = new Set(['travaux', 'fait', 'base', 'point']);
// Things a body is told or sent (see nameEnd).
const GIVEN = new Set(
  (
    'mesures informations renseignements précisions observations éclaircissements explications détails données ' +
    'résultats conclusions recommandations propositions suggestions'
  ).split(' '),
);

// People, bodies and documents that `et` and an article add next to a name, not inside it (`le Service de sécurité
// nationale et les services de poursuite`, `l'Organisation mondiale du commerce et les chefs de secrétariat`).
const OTHER_PARTIES = new Set(
  (
    'services chefs représentants membres autorités organismes institutions organisations gouvernements ' +
    'fonctionnaires partenaires résolution résolutions'
  ).split(' '),
);

// Regions named with an article after `et` inside a name (`pour l'Asie et le Pacifique`, `l'Amérique latine et les
// Caraïbes`); any other capitalised word after `et` and an article is a second party (`et le Gouvernement`).
const REGIONS = new Set(['Pacifique', 'Caraïbes', 'Moyen-Orient', 'Maghreb', 'Sahel', 'Atlantique', 'Méditerranée']);

// Infinitives that end in -re (those in -er, -ir and -oir are told by their ending): `Fonds de prendre …`.
const RE_VERBS = new Set(
  'prendre mettre soumettre permettre transmettre entreprendre poursuivre suivre faire dire réduire produire répondre rendre atteindre résoudre inscrire élire reconnaître connaître conclure promouvoir'.split(
    ' ',
  ),
);

/** A lower-case word after `de` with no article that is an infinitive (`Autorité de vérifier`), not a noun. */
function isInfinitive(w: string): boolean {
  return /(?:er|ir|oir)$/u.test(w) || RE_VERBS.has(w);
}

const TERM = new Set(['long', 'moyen', 'court']);

/** The index of the last word of the name whose head is word `h` (h itself: no name). */
function nameEnd(ts: ReadonlyArray<{ w: string }>, h: number): number {
  const head = ts[h]?.w ?? '';
  let last = h;
  // The last complement read: its preposition's family and whether its noun was capitalised.
  let prepFamily = '';
  let capitalNoun = false;
  let adjective = false;
  let i = h + 1;
  const at = (k: number) => ts[k]?.w ?? '';
  for (;;) {
    const w = at(i);
    if (w === '') break;
    if (ENDS_BEFORE.has(w)) {
      const skip = chargedWith(head, ts, i);
      if (skip === 0) break;
      // A complement (`chargée du maintien de la paix`) is read by the rules below; a verb and its object
      // (`chargée d'observer le désengagement`) is taken whole here.
      if (skip > 1) last = i + skip - 1;
      i += skip;
      prepFamily = 'de';
      capitalNoun = false;
      adjective = false;
      continue;
    }
    // `à long terme`, `à moyen terme` qualify a noun as an adjective does (`viabilité à long terme`), and so does `de
    // haut niveau` (`Comité de haut niveau sur la gestion`, `Forum politique de haut niveau`).
    if (
      (w === 'à' && TERM.has(at(i + 1)) && at(i + 2) === 'terme') ||
      (w === 'de' && at(i + 1) === 'haut' && at(i + 2) === 'niveau')
    ) {
      i += 3;
      last = i - 1;
      adjective = true;
      continue;
    }
    if (isAdjective(w) || (w === 'non' && isAdjective(at(i + 1)))) {
      // Before any complement an adjective is the head's, so of its gender: a feminine one after a masculine head
      // is said of something else (`recommandation générale no 29 du Comité relative à l'article 16`).
      if (prepFamily === '' && !FEMININE_HEADS.has(head) && FEMININE_ADJECTIVE.test(w)) break;
      // `relatif à` after a proper name is said of what the sentence is about (`la décision du Conseil de l'Union
      // européenne relative à l'association des pays …`), not of the name's body.
      if (capitalNoun && RELATING.has(w)) break;
      i += w === 'non' ? 2 : 1;
      last = i - 1;
      adjective = true;
      continue;
    }
    if (w === 'et') {
      const next = at(i + 1);
      // Two adjectives (`économique et social`, `administratives et budgétaires`).
      if (adjective && isAdjective(next)) {
        i += 2;
        last = i - 1;
        continue;
      }
      if (prepFamily === '') break;
      // A second complement with the same preposition, unless it names another body (`… et du Comité d'étude`).
      if ((OPEN.has(next) || WITH_ARTICLE.has(next)) && family(next) === prepFamily) {
        const k = ARTICLES.has(at(i + 2)) ? i + 3 : i + 2;
        const noun = at(k);
        if (isCapitalised(noun) ? capitalNoun && !FR_HEADS.has(noun) : !capitalNoun && isNoun(noun)) {
          i++;
          continue;
        }
        break;
      }
      // A noun with its article (`contre la drogue et le crime`), or a region (`l'Asie et le Pacifique`).
      if (ARTICLES.has(next)) {
        const noun = at(i + 2);
        if ((!capitalNoun && isNoun(noun) && !OTHER_PARTIES.has(noun)) || (capitalNoun && REGIONS.has(noun))) {
          i += 3;
          last = i - 1;
          adjective = false;
          continue;
        }
        break;
      }
      // Capitalised words (`Amérique latine et Caraïbes`).
      if (capitalNoun && isCapitalised(next) && !FR_HEADS.has(next)) {
        i += 2;
        last = i - 1;
        continue;
      }
      break;
    }
    const opens = OPEN.has(w);
    const withArticle = WITH_ARTICLE.has(w) && (w !== 'sur' || (SUR_HEADS.has(head) && i - h <= 4));
    if (opens || withArticle || w === 'en') {
      let k = i + 1;
      let article = false;
      if ((opens || withArticle) && ARTICLES.has(at(k))) {
        k++;
        article = true;
      }
      const noun = at(k);
      if (w === 'sur' && NOT_A_TOPIC.has(noun)) break;
      if (isCapitalised(noun)) {
        // A capitalised word (a place, `Nations Unies`, another body's name), and the capitalised words after it.
        i = k + 1;
        last = k;
        while (isCapitalised(at(i))) last = i++;
        prepFamily = family(w);
        capitalNoun = true;
        adjective = false;
        continue;
      }
      // What a verb gives or asks the body for, right after its head, is the verb's second object, not a complement
      // (`informer le Comité des mesures qu'ils ont prises`, `fournir au Secrétariat des informations`).
      if (i === h + 1 && opens && !article && GIVEN.has(noun)) break;
      const bare = opens && !article && w !== 'des' && w !== 'du' && w !== 'au' && w !== 'aux';
      if (w !== 'en' && (opens || article) && isNoun(noun) && !(bare && isInfinitive(noun))) {
        i = k + 1;
        last = k;
        prepFamily = family(w);
        capitalNoun = false;
        adjective = false;
        continue;
      }
      break;
    }
    break;
  }
  return last;
}

/**
 * How many words from `chargé` at `i` a name whose head is `head` goes on with: 1 before a complement (`du maintien
 * de la paix`, `des questions de sécurité`), which the name's rules then read; 5 for an infinitive and its object
 * with an article (`d'observer le désengagement`, `d'étudier la situation`); 0 when the name ends before it: a form
 * of the other gender (`l'Organisation … chargé de`, whose subject is another noun), or anything else after it.
 */
function chargedWith(head: string, ts: ReadonlyArray<{ w: string }>, i: number): number {
  const at = (k: number) => ts[k]?.w ?? '';
  const w = at(i);
  if (w.replace(/s$/u, '').endsWith('e') !== FEMININE_HEADS.has(head)) return 0;
  const prep = at(i + 1);
  if (prep !== 'de' && prep !== "d'" && prep !== 'du' && prep !== 'des') return 0;
  const next = at(i + 2);
  if ((prep === 'de' || prep === "d'") && isInfinitive(next)) {
    return ARTICLES.has(at(i + 3)) && isNoun(at(i + 4)) ? 5 : 0;
  }
  const noun = ARTICLES.has(next) && prep !== 'du' && prep !== 'des' ? at(i + 3) : next;
  return isNoun(noun) && !isInfinitive(noun) ? 1 : 0;
}

let wholeNames: Set<string> | undefined;

/** `name` cut after a whole name it starts with: FR_WHOLE and the names of the bundled French gazetteer. */
function wholeNameAtStart(name: string): string {
  // (A one-word name, `Secrétariat`, is a head: `Secrétariat de la Convention de Rotterdam` goes on.)
  wholeNames ??= new Set([...FR_WHOLE, ...[...(gazetteerFor('fr')?.canonicals ?? [])].filter((n) => n.includes(' '))]);
  for (const whole of wholeNames) {
    if (name.length > whole.length && name.startsWith(whole + ' ')) return whole;
  }
  return name;
}

// States whose French names start with a head word.
const FR_STATES = /^(?:Fédération de Russie|Union des Comores)(?: |$)/u;

/** A state, a state's mission, a programme of action or of work, the organisation of work (an agenda item): no body. */
function notABody(name: string): boolean {
  return (
    FR_STATES.test(name) ||
    /^(?:Mission permanente|Programme (?:d'[Aa]ction|de travail)|Organisation des travaux)(?: |$)/u.test(name)
  );
}
