import { gazetteerFor } from './gazetteer.js';
import { agreementWith, HEAD_NOUN_STEMS, headOf, looksLikeAdjectiveRu, nominativeRu } from './inflection.js';
import type { OrgMention } from './mention.js';
import { GLUED_FOOTNOTE } from './patterns.js';

/**
 * Russian body names. UN Russian capitalises a name's first word and the proper names in it (`Рабочая группа
 * открытого состава`, `Управление Организации Объединенных Наций по наркотикам и преступности`), and puts the whole
 * name in whatever case the sentence asks (`Комиссией по народонаселению и развитию`). A name is read at each head
 * noun, from the first capitalised word of the adjectives right before it, by a small grammar, in any case:
 * - its opening: a head noun (`Комитет`, `Комиссии`, `Группой` — inflection.ts knows their declensions), or
 *   adjectives, joined by `и` or not, up to a head noun (`Экономический и Социальный Совет`, `Детский фонд`);
 * - then any number of complements: a noun phrase in the genitive (`экспертов`, `открытого состава`, `Организации
 *   Объединенных Наций`, `Африканского союза`); `по`, `против` and a noun phrase (`по правам человека`, `по
 *   поддержанию мира`), inside which `и` joins two (`по наркотикам и преступности`) and `с`, `за` and `в области`
 *   may follow (`по борьбе с коррупцией`); `для`, `в`, `на` and a capitalised place (`для Центральной Африки`, `в
 *   Мали`, `на Кипре`).
 * The name ends at its last noun, before the first word the grammar has no place for: a verb (`Комитет рекомендовал
 * …`, `Группа считает …`, `были`), a pronoun, a number, a preposition it does not read. A head alone (`Комитет
 * отметил`) is no name (an adjective before it makes one: `Исполнительный совет`), nor is `Международное
 * сообщество` (the international community), nor one opened by a pointing word (`Данный комитет`). The name is counted in the
 * nominative (nominativeRu). The principal organs, the United Nations, the African and European Unions and the
 * names of the Russian gazetteer take no complement (`Совет Безопасности по вопросу …`).
 */

/**
 * Any head-noun stem without its first letter (so in either capitalisation), even inside a word: a stretch without
 * one holds no Russian body (the pairs-only pass reads only the stretches that have one).
 */
export const RU_ANY_HEAD = new RegExp(`(?:${HEAD_NOUN_STEMS.map((stem) => stem.slice(1)).join('|')})`, 'u');

// Whole names, in the nominative: nothing after them belongs to them.
const RU_WHOLE = [
  'Совет Безопасности',
  'Генеральная Ассамблея',
  'Экономический и Социальный Совет',
  'Организация Объединенных Наций',
  'Африканский союз',
  'Европейский союз',
  'Секретариат',
];

// Words after a head that are no complement: pronouns, verbs of being and modal words, short participles (`Комитет
// обязан …`, `Комиссия была учреждена …`), adverbs, prepositions (`Рабочей группы открытого состава вокруг …`,
// around).
const NOT_A_NOUN = new Set(
  (
    'его ее её их им ей ему он она оно они этот эта это эти этого этой этих свой своя свое своё свои своего своей ' +
    'своих который которая которое которые которого которой которых был была было были будет будут является ' +
    'являются являлся являлась может могут мог могла могли должен должна должно должны обязан обязана обязаны ' +
    'учрежден учреждена учреждено учреждены создан создана создано созданы назначен назначена уполномочен ' +
    'уполномочена призван призвана готов готова также уже еще ещё всегда не ни вновь тоже лишь только как так ' +
    'что чтобы и или а но же ли бы весь вся все всё всех всего всей далее более менее особо я мы ты вы ' +
    'в во на от до из к ко с со у о об обо при про без для через над под по за перед между среди против после ' +
    'обеспокоен обеспокоена обеспокоены убежден убеждена убеждены согласен согласна намерен намерена признателен ' +
    'признательна рад рада рады весьма из-под из-за настоящее настоящего настоящий преисполнен преисполнена ' +
    'преисполнены вынужден вынуждена вынуждены поэтому потому почему такому затем почти основан основана основано ' +
    'основаны выделен выделена выделено выделены вокруг около вместо кроме согласно вследствие относительно вблизи ' +
    'внутри вне ради благодаря несмотря вопреки наряду помимо'
  ).split(' '),
);

// Words that open the subject of a statement or a report rather than a complement of a name: `Совет по вопросу о …`
// (a name says `по вопросам`), `Межамериканский суд по делу …`, `Совет пункта повестки дня`, `Программа работы`.
const NOT_A_TOPIC = new Set(
  'вопросу делу теме темам состоянию итогам случаю поводу просьбе приглашению инициативе причине мере линии'.split(' '),
);
const NOT_OF = new Set(
  'пункта пунктов работы доклада докладов мероприятий решения резолюции просьбы вопроса деятельности закона законов'.split(
    ' ',
  ),
);

// Endings of Russian verb forms (present, past, infinitive, reflexive): `рекомендует`, `отметил`, `постановила`,
// `приняли`, `продолжать`, `является`, and the plural past of stems ending in a consonant (`сочли`, `учли`, `нашли`,
// `смогли`, `привезли`), the infinitives and past of `вести` and `нести` (`провести`, `внести`, `вынес`), short
// participles in `-ован` (`Комитет разочарован`, the Committee is disappointed; `организован`). Nouns in
// the genitive end otherwise (`-а`, `-и`, `-ов`, `-ей`, or nothing).
const VERB =
  /(?:ет|ёт|ит|ют|ят|ут|ат|л|ла|ло|али|яли|или|ели|ыли|ули|чли|шли|гли|кли|зли|ть|ться|ся|сь|ешь|ишь|вести|нести|нес|ован|ована|ованы)$/u;

/**
 * A lower-case word that may be a noun of a complement: not a verb, a pronoun, a preposition, a number, an adverb
 * (`далее`, `особо`, `по-прежнему`: a noun of a complement does not end in -о).
 */
function isNoun(w: string): boolean {
  return (
    w.length >= 3 &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(w) &&
    !NOT_A_NOUN.has(w) &&
    !VERB.test(w) &&
    !w.startsWith('по-') &&
    !w.endsWith('о')
  );
}

// A complement with no preposition is in the genitive (`Группа экспертов`, `Совет Безопасности`, `Рабочая группа
// открытого состава`): endings of other cases rule a word out (`Комитет считает … неотъемлемой частью`), and so do
// those of an adjective in the nominative (`… атомной радиации главный административный сотрудник`).
const NOT_GENITIVE_NOUN = /(?:ом|ем|ём|ой|ью|ами|ями|ам|ям|ах|ях|у|ю|е|ый|ая|яя)$/u;
const GENITIVE_ADJECTIVE = /(?:ого|его|ой|ей|ых|их)$/u;
// The endings of GENITIVE_ADJECTIVE that no noun has (`-ой`, `-ей` are also nouns': `руководителей`).
const ADJECTIVE_ONLY_GENITIVE = /(?:ого|его|ых|их)$/u;
// An adjective in the nominative (`Региональный`, `Всемирная`, `главное`).
const NOMINATIVE_ADJECTIVE = /(?:ый|ий|ая|яя|ое|ее)$/u;

function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if ((c >= 0x410 && c <= 0x42f) || c === 0x401 || (c >= 0x41 && c <= 0x5a)) return true;
  if ((c >= 0x430 && c <= 0x44f) || c === 0x451 || (c >= 0x61 && c <= 0x7a) || w === '') return false;
  return /^\p{Lu}/u.test(w);
}

/** An adjective in any case (lower-case or capitalised), not a pronoun (`этой`, `своей`). */
function isAdjective(w: string): boolean {
  return looksLikeAdjectiveRu(w) && !NOT_A_NOUN.has(w.toLowerCase()) && headOf(w) === undefined;
}

// Adjectives that point at a body or count bodies rather than name one (`Данный комитет`, `Настоящая группа`,
// `Каждая миссия`, `Многие организации`, many organisations; `Некоторые`, `Различные`):
// no name opens with them. (`весь`, `вся`, `все` and `многие` as whole words: `Всемирный банк`, `Многосторонний фонд`
// open names.)
const POINTING =
  /^(?:данн|настоящ|указанн|таки|тако|така|кажд|любо|люба|други|друго|друга|соответствующ|следующ|вышеупомянут|упомянут|некотор|различн|(?:весь|вся|все|всё|многие|многих|многим|многими)$)/u;

/**
 * Openings that look like a body's name and are not one: `Международное сообщество` (the international community), a
 * state (`Российская Федерация`), a programme of action or the New Urban Agenda (`Новая программа развития городов`):
 * documents.
 */
const NOT_A_BODY =
  /^(?:(?:Международное|Мировое|Всемирное) сообщество$|(?:Российская Федерация|Советский Союз|Союз Коморских Островов|(?:Всемирная )?[Пп]рограмма действий|Новая программа развития городов)(?: |$))/u;

// A word of a name: letters, digits, hyphens (`Юго-Восточной`, `ООН-Хабитат`).
const WORD_CHAR = /[\p{L}\p{N}-]/u;
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
  if (c >= 0x410 && c <= 0x44f) return true;
  return WORD_CHAR.test(String.fromCharCode(c));
}

// A head noun (HEAD_NOUN_STEMS and an ending of up to three letters), capitalised or not (global): where a name may
// be. (Plain classes, no `u` or `i` flag: several times faster on Cyrillic text. scanRu checks the word's edges.)
const HEAD_WORD = new RegExp(
  `(?<![A-Za-z0-9А-Яа-яЁё-])(?:${[...HEAD_NOUN_STEMS]
    .sort((a, b) => b.length - a.length)
    .map((s) => `[${s.charAt(0).toUpperCase()}${s.charAt(0)}]${s.slice(1)}`)
    .join('|')})[а-яё]{0,3}(?![A-Za-z0-9А-Яа-яЁё-])`,
  'g',
);

type Word = { w: string; start: number; end: number };

/** Up to `n` words right before `at` (a word's start), each one space from the next, none before `floor`. */
function wordsBefore(text: string, at: number, floor: number, n: number): Word[] {
  const out: Word[] = [];
  let e = at - 1;
  while (out.length < n && e > floor && text.charCodeAt(e) === 0x20 && isWordChar(text.charCodeAt(e - 1))) {
    let b = e - 1;
    while (b > floor && isWordChar(text.charCodeAt(b - 1))) b--;
    // A word cut by the floor is no word of the name.
    if (b === floor && floor > 0 && isWordChar(text.charCodeAt(b - 1))) break;
    out.unshift({ w: text.slice(b, e), start: b, end: e });
    e = b - 1;
  }
  return out;
}

/**
 * The words of a name being read: some words before its head, then the words from the head on, each one space from
 * the next, none past `end`, read from the text only as far as they are asked for (a name is a few words long).
 */
class Words {
  private next: number;

  constructor(
    private readonly text: string,
    private readonly list: Word[],
    from: number,
    private readonly end: number,
  ) {
    this.next = from;
  }

  get(k: number): Word | undefined {
    while (k >= this.list.length && this.next >= 0) this.read();
    return this.list[k];
  }

  w(k: number): string {
    return this.get(k)?.w ?? '';
  }

  private read(): void {
    const text = this.text;
    const b = this.next;
    let e = b;
    while (e < this.end && isWordChar(text.charCodeAt(e))) e++;
    if (e === b) {
      this.next = -1;
      return;
    }
    // A footnote mark glued to a word (`вопросам22`) is no part of it, and the sentence's phrase ends there.
    const footnote = GLUED_FOOTNOTE.exec(text.slice(b, e));
    if (footnote) {
      this.list.push({ w: footnote[1]!, start: b, end: b + footnote[1]!.length });
      this.next = -1;
      return;
    }
    this.list.push({ w: text.slice(b, e), start: b, end: e });
    const goesOn = e + 1 < this.end && text.charCodeAt(e) === 0x20 && isWordChar(text.charCodeAt(e + 1));
    this.next = goesOn ? e + 1 : -1;
  }
}

/**
 * The Russian bodies of the stretch [start, end) of a text, in order: at each head noun not inside a name found
 * before, the name that opens at the first capitalised word among the adjectives right before it (or at the head),
 * read on to its end.
 */
export function scanRu(text: string, start: number, end: number, out: OrgMention[]): void {
  let after = start;
  HEAD_WORD.lastIndex = start;
  for (let m = HEAD_WORD.exec(text); m && m.index < end; m = HEAD_WORD.exec(text)) {
    const at = m.index;
    const wordEnd = at + m[0].length;
    if (at < after || wordEnd > end || isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(wordEnd))) {
      continue;
    }
    if (!headOf(m[0])) continue;
    const before = wordsBefore(text, at, after, 4);
    const ws = new Words(text, before, at, end);
    const headIndex = before.length;
    for (let k = 0; k <= headIndex; k++) {
      if (!isCapitalised(ws.w(k))) continue;
      const found = nameEnd(ws, k);
      if (!found || found.head !== headIndex) continue;
      const first = ws.get(k)!;
      const surface = text.slice(first.start, ws.get(found.last)!.end);
      const cut = wholeNameAtStart(surface);
      const name = nominativeRu(cut);
      // A state or a document: a name may still follow its head (`Российской Федерации в Совете Безопасности`).
      if (NOT_A_BODY.test(name)) break;
      out.push({ start: first.start, end: first.start + cut.length, name, source: 'capitalised' });
      after = first.start + cut.length;
      break;
    }
  }
}

/**
 * The indexes of the head noun and the last word of the name that opens at word `h` (capitalised), or undefined when
 * no name opens there: its opening reaches no head noun, or nothing follows a head that opens it.
 */
function nameEnd(ws: Words, h: number): { head: number; last: number } | undefined {
  const at = (k: number) => ws.w(k);
  // The opening: adjectives (and `и` between two), then the head noun.
  let i = h;
  if (POINTING.test(at(h).toLowerCase())) return undefined;
  while (!headOf(at(i))) {
    if (isAdjective(at(i))) i++;
    else if (at(i) === 'и' && i > h && isAdjective(at(i + 1))) i++;
    else return undefined;
  }
  const head = i;
  // The adjectives agree with the head: a noun in the instrumental that ends as an adjective does opens no name
  // (`Генеральным секретарем Организации …`, `Китаем и Российской Федерацией`).
  if (head > h) {
    const agrees = agreementWith(at(head));
    for (let k = h; k < head; k++) if (at(k) !== 'и' && !agrees(at(k))) return undefined;
  }
  let last = head;
  i = head + 1;
  // Inside a complement opened by `по` or `против`: where `и`, `с`, `за` and `в области` may go on.
  let prepositional = false;
  for (;;) {
    const w = at(i);
    if (w === '') break;
    // A noun phrase: adjectives and a noun, capitalised (`Организации Объединенных Наций`, `Африканского союза`) or
    // not (`открытого состава`, `экспертов`).
    const np = nounPhrase(ws, i, true);
    if (np >= 0) {
      const one = np === i && !isCapitalised(w);
      last = np;
      i = np + 1;
      // Two lower-case nouns in the genitive joined by `и`, one word each (`Совет мира и безопасности`, the Peace and
      // Security Council; `Группа контроля и оценки`). Not longer phrases: `Фонда оборотных средств и специального
      // счета` is the Working Capital Fund and a special account.
      if (one && at(i) === 'и' && !isCapitalised(at(i + 1)) && nounPhrase(ws, i + 1, true) === i + 1) {
        last = i + 1;
        i += 2;
      }
      continue;
    }
    if (w === 'по' || w === 'против') {
      const end = nounPhrase(ws, i + 1);
      if (end < 0 || NOT_A_TOPIC.has(at(end))) break;
      last = end;
      i = end + 1;
      prepositional = true;
      continue;
    }
    if (prepositional && (w === 'и' || w === 'с' || w === 'со' || w === 'за')) {
      // A capitalised word after `и` starts another name (`… и Комитета по рассмотрению …`).
      if (w === 'и' && isCapitalised(at(i + 1))) break;
      const end = nounPhrase(ws, i + 1);
      if (end < 0) break;
      last = end;
      i = end + 1;
      continue;
    }
    if (prepositional && w === 'в' && at(i + 1) === 'области') {
      const end = nounPhrase(ws, i + 2);
      if (end < 0) break;
      last = end;
      i = end + 1;
      continue;
    }
    if (w === 'для' || w === 'в' || w === 'во' || w === 'на') {
      if (!isCapitalised(at(i + 1))) break;
      const end = nounPhrase(ws, i + 1);
      if (end < 0) break;
      last = end;
      i = end + 1;
      // `для Азии и Тихого океана`: a second place after `и` (not a title in the nominative: `в Африке и
      // Региональный координатор`).
      if (at(i) === 'и' && isCapitalised(at(i + 1)) && !NOMINATIVE_ADJECTIVE.test(at(i + 1))) {
        const more = nounPhrase(ws, i + 1);
        if (more >= 0) {
          last = more;
          i = more + 1;
        }
      }
      continue;
    }
    break;
  }
  // A head alone is no name (`Комитет отметил`); an adjective before it makes one (`Исполнительный совет`).
  return last > head || head > h ? { head, last } : undefined;
}

/**
 * The index of the last word of the noun phrase at word `k`: adjectives (lower-case or capitalised) and then a noun
 * (a lower-case word that is no verb or pronoun, or a capitalised word, with the capitalised words right after it:
 * `Объединенных Наций`); -1 when there is none.
 */
function nounPhrase(ws: Words, k: number, genitive = false): number {
  const at = (j: number) => ws.w(j);
  const adjective = (w: string) => isAdjective(w) && (!genitive || GENITIVE_ADJECTIVE.test(w));
  let i = k;
  for (;;) {
    if (!adjective(at(i))) break;
    const next = at(i + 1);
    // Two adjectives joined by `и` (`по программным и координационным вопросам`).
    if (next === 'и' && adjective(at(i + 2))) i += 2;
    else if (isNoun(next) || adjective(next) || isCapitalised(next)) i++;
    else break;
  }
  const w = at(i);
  if (isCapitalised(w)) {
    // A head noun in a genitive complement is in the genitive (`Комитет Совета Безопасности`); another one starts
    // another name (`Отдел расследований Комитет …`).
    if (genitive && !genitiveIfHead(w)) return -1;
    while (isCapitalised(at(i + 1))) i++;
    return i;
  }
  const genitiveNoun = (x: string) => !genitive || !(NOT_GENITIVE_NOUN.test(x) || NOT_OF.has(x));
  if (genitiveNoun(w) && isNoun(w)) return i;
  // What was read as adjectives leads to no noun: the first word may be the noun itself (`руководителей`, whose
  // ending is an adjective's too, before `немного пересмотренный механизм`).
  const first = at(k);
  // (Not an adjective's ending that no noun has: `арабских` in a damaged `Лиги арабских государствам`.)
  return i > k && !isCapitalised(first) && !ADJECTIVE_ONLY_GENITIVE.test(first) && genitiveNoun(first) && isNoun(first)
    ? k
    : -1;
}

/** A word that is no head noun, or a head noun in the genitive (`Совета`, `Комиссии`, `Сил`). */
function genitiveIfHead(w: string): boolean {
  const head = headOf(w);
  if (!head) return true;
  const ending = w.slice(head.stem.length).toLowerCase();
  return ending === (head.cls.endings[1] ?? head.cls.endings[0]);
}

// The whole names by their number of words, each with the first three letters of its words (lower-case): a prefix
// is put in the nominative (nominativeRu) only when its words begin as a whole name's do.
let wholeNames: Map<number, Array<{ keys: string[]; name: string }>> | undefined;

const keysOf = (words: readonly string[]) => words.map((w) => w.slice(0, 3).toLowerCase());

/** `surface` cut after a whole name it starts with, in any case (RU_WHOLE and the Russian gazetteer's names). */
function wholeNameAtStart(surface: string): string {
  if (!wholeNames) {
    wholeNames = new Map();
    for (const name of new Set([...RU_WHOLE, ...(gazetteerFor('ru')?.canonicals ?? [])])) {
      const words = name.split(' ');
      const list = wholeNames.get(words.length) ?? [];
      list.push({ keys: keysOf(words), name });
      wholeNames.set(words.length, list);
    }
  }
  const words = surface.split(' ');
  const keys = keysOf(words);
  for (let n = 1; n < words.length; n++) {
    const candidates = wholeNames.get(n)?.filter((c) => c.keys.every((k, i) => k === keys[i]));
    if (!candidates?.length) continue;
    const prefix = words.slice(0, n).join(' ');
    const nominative = nominativeRu(prefix);
    if (candidates.some((c) => c.name === nominative)) return prefix;
  }
  return surface;
}
