/**
 * Russian names of bodies in the case the sentence gives them (`Программой развития Организации Объединенных Наций`,
 * instrumental) put back in the nominative, the form a glossary lists and counts them under. Only the head noun and
 * the adjectives before it change; what follows the head is a complement in a fixed case (`развития`, `по атомной
 * энергии`). The head nouns are those of the Russian head-word stems (patterns.ts), each with its declension.
 */

type Gender = 'm' | 'f' | 'n' | 'p';

interface HeadClass {
  stems: readonly string[];
  /** endings of the cases a name is met in, the nominative's first */
  endings: readonly string[];
  /**
   * For each ending, the endings an adjective before the head takes in the case (or cases) that ending marks, hard
   * and soft, space-separated: `Группы` is a singular genitive or a plural nominative (`ой ей ые ие`). Undefined for
   * a head that does not decline (`Бюро`), which any adjective may go with.
   */
  agree?: readonly string[];
  gender: Gender;
}

// What the adjectives before a feminine head in -а agree with: -а (nominative), -ы or -и (genitive, or a plural
// nominative), -е (dative, prepositional), -у (accusative), -ой, -ою (instrumental).
const F_A = ['ая яя', 'ой ей ые ие', 'ой ей', 'ую юю', 'ой ей', 'ой ей ою ею'];

const HEAD_CLASSES: readonly HeadClass[] = [
  // Программа, Группа, Структура, Служба, Палата: -а, -ы, -е, -у, -ой, -ою
  {
    stems: ['программ', 'групп', 'структур', 'служб', 'палат'],
    endings: ['а', 'ы', 'е', 'у', 'ой', 'ою'],
    agree: F_A,
    gender: 'f',
  },
  // Лига: -а, -и (after г), -е, -у, -ой
  { stems: ['лиг'], endings: ['а', 'и', 'е', 'у', 'ой', 'ою'], agree: F_A, gender: 'f' },
  // Сеть: -ь, -и, -ью
  { stems: ['сет'], endings: ['ь', 'и', 'ью'], agree: ['ая яя ую юю', 'ой ей ые ие', 'ой ей ою ею'], gender: 'f' },
  // Бюро does not decline.
  { stems: ['бюро'], endings: [''], gender: 'n' },
  // Организация, Миссия, Комиссия, Ассоциация, Операция, Армия, Ассамблея: -я, -и, -ю, -ей, -ею
  {
    stems: [
      'организаци',
      'мисси',
      'комисси',
      'ассоциаци',
      'операци',
      'арми',
      'ассамбле',
      'канцеляри',
      'федераци',
      'коалици',
      'секци',
      'парти',
    ],
    endings: ['я', 'и', 'ю', 'ей', 'ею', 'е'],
    agree: ['ая яя', 'ой ей ые ие', 'ую юю', 'ой ей', 'ой ей ою ею', 'ой ей'],
    gender: 'f',
  },
  // Управление, Отделение: -е, -я, -ю, -ем, -и
  {
    stems: ['управлени', 'отделени', 'движени'],
    endings: ['е', 'я', 'ю', 'ем', 'и'],
    agree: ['ое ее', 'ого его ые ие', 'ому ему', 'ым им', 'ом ем'],
    gender: 'n',
  },
  // Агентство, Сообщество, Партнерство: -о, -а, -у, -ом, -е
  {
    stems: ['агентств', 'сообществ', 'партнерств'],
    endings: ['о', 'а', 'у', 'ом', 'е'],
    agree: ['ое ее', 'ого его ые ие', 'ому ему', 'ым им', 'ом ем'],
    gender: 'n',
  },
  // Совет, Комитет, Фонд, Союз, Суд, Трибунал, Банк, Центр, Институт, Секретариат, Фронт: -, -а, -у, -ом, -е
  {
    stems: [
      'совет',
      'комитет',
      'подкомитет',
      'фонд',
      'союз',
      'суд',
      'трибунал',
      'банк',
      'центр',
      'институт',
      'секретариат',
      'фронт',
      'департамент',
      'отдел',
      'механизм',
      'форум',
      'альянс',
    ],
    endings: ['', 'а', 'у', 'ом', 'е'],
    agree: ['ый ий ой', 'ого его', 'ому ему', 'ым им', 'ом ем'],
    gender: 'm',
  },
  // Силы (plural): -ы, -, -ам, -ами, -ах
  {
    stems: ['сил'],
    endings: ['ы', '', 'ам', 'ами', 'ах'],
    agree: ['ые ие', 'ых их', 'ым им', 'ыми ими', 'ых их'],
    gender: 'p',
  },
];

/** Every head-noun stem, lower-case. */
export const HEAD_NOUN_STEMS: readonly string[] = HEAD_CLASSES.flatMap((c) => c.stems);

// The (class, stem) pairs by the first three letters of the stem (every stem has three or more), in table order.
const BY_PREFIX = new Map<string, Array<{ cls: HeadClass; stem: string }>>();
for (const cls of HEAD_CLASSES) {
  for (const stem of cls.stems) {
    const list = BY_PREFIX.get(stem.slice(0, 3)) ?? [];
    list.push({ cls, stem });
    BY_PREFIX.set(stem.slice(0, 3), list);
  }
}

/** The head class and stem of a word, when it is a head noun in one of its cases (the first in table order). */
export function headOf(word: string): { cls: HeadClass; stem: string } | undefined {
  const w = word.toLowerCase();
  for (const { cls, stem } of BY_PREFIX.get(w.slice(0, 3)) ?? [])
    if (w.startsWith(stem) && cls.endings.includes(w.slice(stem.length)))
      return { cls, stem: word.slice(0, stem.length) };
  return undefined;
}

// The adjective endings of `agree`, as lists, by class and ending.
const AGREE = new Map<HeadClass, Array<readonly string[] | undefined>>(
  HEAD_CLASSES.map((c) => [c, c.endings.map((_, k) => c.agree?.[k]?.split(' '))]),
);

/**
 * A test of whether an adjective agrees with the head noun `head` (a word headOf knows) in case and number, as an
 * adjective of a name's opening does: `Генеральной Ассамблеи`, `Экономическом и Социальном Совете`, not `Генеральным
 * секретарем Организации` or `Президентом Генеральной Ассамблеи`, whose first words are nouns in the instrumental
 * (the Secretary-General, the President) that end as an adjective may. The head is looked up once for all the
 * adjectives before it; a word that is no head noun agrees with nothing.
 */
export function agreementWith(head: string): (adjective: string) => boolean {
  const found = headOf(head);
  if (!found) return () => false;
  const ending = head.slice(found.stem.length).toLowerCase();
  const endings = AGREE.get(found.cls)?.[found.cls.endings.indexOf(ending)];
  if (!endings) return () => true;
  return (adjective) => {
    const w = adjective.toLowerCase();
    return endings.some((e) => w.endsWith(e));
  };
}

// Adjective endings of every case, of three letters and of two.
const ADJECTIVE_ENDINGS_3 = new Set(['ого', 'его', 'ому', 'ему', 'ыми', 'ими']);
const ADJECTIVE_ENDINGS_2 = new Set([
  'ым',
  'им',
  'ом',
  'ем',
  'ой',
  'ей',
  'ую',
  'юю',
  'ая',
  'яя',
  'ое',
  'ее',
  'ый',
  'ий',
  'ые',
  'ие',
  'ых',
  'их',
]);
const LETTER = /\p{L}/u;
// An adjective split into its stem (two letters or more, a hyphen between two stems) and its ending, the longer ending
// first (`-ого`, not `-го`).
const ADJECTIVE = new RegExp(
  `^(\\p{L}[\\p{L}-]+?)(${[...ADJECTIVE_ENDINGS_3, ...ADJECTIVE_ENDINGS_2].join('|')})$`,
  'u',
);

/**
 * Does a word end as an adjective does in one of its cases (`Генеральной`, `устойчивого`)? What ADJECTIVE tells,
 * without running it: letters only, two or more before one of its endings.
 */
export function looksLikeAdjectiveRu(word: string): boolean {
  const n = word.length;
  if (n < 4) return false;
  if (!(ADJECTIVE_ENDINGS_2.has(word.slice(n - 2)) || (n >= 5 && ADJECTIVE_ENDINGS_3.has(word.slice(n - 3))))) {
    return false;
  }
  // A verbal noun (`Финансирование`, `Управление`, `Развитие`), whose `-ие` is also a plural adjective's: soft-stem
  // adjectives end in a consonant and `-ние` (`Внутренние`, `Последние`), never a vowel and `-ние`, nor `-тие`. And
  // a noun in `-ия` in the instrumental (`Турцией`, `Комиссией`), whose `-ей` is a soft adjective's: no adjective
  // ends in `-ией`.
  if (NOUN_ENDING.test(word)) return false;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    // A hyphen between letters joins two stems (`научно-исследовательский`, research).
    if (c === 0x2d && i > 0 && i < n - 3 && word.charCodeAt(i - 1) !== 0x2d) continue;
    if (!((c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451 || LETTER.test(word.charAt(i)))) return false;
  }
  return true;
}
const NOUN_ENDING = /(?:(?:[аеяАЕЯ]ни|ти)е|ией)$/u;
const VELAR = new Set([...'кгх']);
// Stems of adjectives of names stressed on the ending, whose masculine nominative is -ой, not -ый or -ий.
const END_STRESSED = new Set(
  'втор шест седьм восьм целев основн миров полев делов трудов морск городск больш'.split(' '),
);
const SIBILANT = new Set([...'жшщчц']);

/** An adjective in the nominative of a gender (`Международного` → `Международное` for a neuter noun). */
function adjectiveNominative(word: string, gender: Gender): string | undefined {
  const m = ADJECTIVE.exec(word);
  if (!m) return undefined;
  const stem = m[1] as string;
  const ending = m[2] as string;
  const last = stem.charAt(stem.length - 1).toLowerCase();
  // Stressed on the ending, the masculine writes -ой (`Второй комитет`, `Целевой фонд`, `Шестой комитет`).
  if (gender === 'm' && END_STRESSED.has(stem.toLowerCase())) return stem + 'ой';
  if (VELAR.has(last)) return stem + { m: 'ий', f: 'ая', n: 'ое', p: 'ие' }[gender];
  if (SIBILANT.has(last)) return stem + { m: 'ий', f: 'ая', n: 'ее', p: 'ие' }[gender];
  // A soft adjective (`Верхний`) writes е, я, ю or и where a hard one writes о, а, у or ы.
  const soft = /^[еяюи]/u.test(ending);
  if (soft) return stem + { m: 'ий', f: 'яя', n: 'ее', p: 'ие' }[gender];
  return stem + { m: 'ый', f: 'ая', n: 'ое', p: 'ые' }[gender];
}

/**
 * A Russian body's name with its head noun and the adjectives before it in the nominative: `Программой развития
 * Организации Объединенных Наций` → `Программа развития …`, `Международного агентства по атомной энергии` →
 * `Международное агентство …`, `Глобальным экологическим фондом` → `Глобальный экологический фонд`, `Экономического
 * и Социального Совета` → `Экономический и Социальный Совет`. A name whose head is not among the first four words, or
 * with a word before the head that is no adjective (or `и` between two), is left as it is.
 */
export function nominativeRu(name: string): string {
  const words = name.split(' ');
  let h = -1;
  let head: ReturnType<typeof headOf>;
  for (let i = 0; i < Math.min(4, words.length); i++) {
    head = headOf(words[i] ?? '');
    if (head) {
      h = i;
      break;
    }
  }
  if (!head || h < 0) return name;
  const out = [...words];
  for (let i = 0; i < h; i++) {
    // `и` between two adjectives (`Экономического и Социального Совета`).
    if (words[i] === 'и' && i > 0 && i < h - 1) continue;
    const adjective = adjectiveNominative(words[i] ?? '', head.cls.gender);
    if (!adjective) return name;
    out[i] = adjective;
  }
  out[h] = head.stem + (head.cls.endings[0] ?? '');
  return out.join(' ');
}

/**
 * Whether two names are one name in two cases: as many words, each pair of words the same but for an ending of at
 * most three letters past a shared beginning of three or more (`Программой развития …` and `Программа развития …`).
 */
export function sameNameInflected(a: string, b: string): boolean {
  const x = a.toLowerCase().split(' ');
  const y = b.toLowerCase().split(' ');
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const u = x[i] as string;
    const v = y[i] as string;
    if (u === v) continue;
    let k = 0;
    while (k < u.length && k < v.length && u[k] === v[k]) k++;
    if (k < 3 || u.length - k > 3 || v.length - k > 3) return false;
  }
  return true;
}
