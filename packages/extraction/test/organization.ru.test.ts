import { describe, expect, it } from 'vitest';
import { corpusText } from '../../../test/support/corpus.js';
import { run } from './helpers.js';
import { agreementWith, headOf, looksLikeAdjectiveRu } from '../src/organization/inflection.js';
import { RU_ANY_HEAD } from '../src/organization/russian.js';
import { devsetBodies } from './devset-bodies.js';

// UN Russian capitalises a name's first word and declines the whole name: names the gazetteer does not list are read
// at each head noun, from the capitalised adjectives before it to the complements after it, by russian.ts, and
// counted in the nominative.
describe('Russian bodies in the dev set, read at their head noun', () => {
  const dev = devsetBodies('ru');
  const { names } = dev;
  const all = dev.byLine.flat();

  it('finds the bodies the gazetteer does not list, with offsets on the original', () => {
    dev.expectOffsets();
    for (const name of [
      'Комиссия по народонаселению и развитию',
      'Консультативный комитет по административным и бюджетным вопросам',
      'Департамент операций по поддержанию мира',
      'Управление служб внутреннего надзора',
      'Рабочая группа открытого состава',
      'Комиссия по положению женщин',
      'Группа экспертов по Либерии',
      'Постоянный форум по вопросам коренных народов',
      'Экономическая комиссия для Латинской Америки и Карибского бассейна',
      'Совет по правам человека',
      // `Организации Объединенных Наций` inside a name is part of it, not the United Nations
      'Миссия Организации Объединенных Наций в Южном Судане',
      'Программа Организации Объединенных Наций по окружающей среде',
      'Отделение Организации Объединенных Наций в Найроби',
    ])
      expect(names).toContain(name);
    // Measured: 565 names on the whole file (534 before names could hold the United Nations inside them), 51 from
    // the gazetteer and acronym pairs alone before.
    expect(names.size).toBeGreaterThan(450);
  });

  it('counts a name met in another case under its nominative', () => {
    const oblique = all.filter((o) => o.text === 'Департамента по политическим вопросам');
    expect(oblique.length).toBeGreaterThan(0);
    expect(oblique.every((o) => o.name === 'Департамент по политическим вопросам')).toBe(true);
    expect(all.find((o) => o.text === 'Экономического и Социального Совета')?.name).toBe(
      'Экономический и Социальный Совет',
    );
  });

  it.each([
    // a verb, a short participle, `были` end a name; a head alone is none
    ['Комитет рекомендовал', []],
    ['Специальный комитет обязан', ['Специальный комитет']],
    ['Глобальной программы по огнестрельному оружию были', ['Глобальная программа по огнестрельному оружию']],
    // a state is no body, and a name may follow it
    ['Российской Федерации в Совете Безопасности', ['Совет Безопасности']],
    // `и` and a capitalised head: a second name
    [
      'Комитета по рассмотрению химических веществ и Комитета по рассмотрению стойких органических загрязнителей',
      ['Комитет по рассмотрению химических веществ', 'Комитет по рассмотрению стойких органических загрязнителей'],
    ],
    // `Всемирный` opens a name (it starts as the pointing `все` does); a programme of action is a document
    ['в сотрудничестве со Всемирным банком', ['Всемирный банк']],
    ['Всемирной программы действий', []],
    // gazetteer rows: the OAS's short form, the New Agenda Coalition (no head word) and the Taliban
    ['ОАГ в 2014 году', ['Организация американских государств']],
    // a short form the gazetteer knows, read out of the end of a longer name, names the body inside it
    [
      'Генеральной ассамблеи Организации американских государств (ОАГ)',
      ['Генеральная ассамблея Организации американских государств', 'Организация американских государств'],
    ],
    [
      'Минской группы Организации по безопасности и сотрудничеству в Европе (ОБСЕ)',
      [
        'Минская группа Организации по безопасности и сотрудничеству в Европе',
        'Организация по безопасности и сотрудничеству в Европе',
      ],
    ],
    // line 3337 writes the OSCE with a slip in an ending (`сотрудничества`) before `(ОБСЕ)`: the gazetteer's name
    [
      'Организации по безопасности и сотрудничества в Европе (ОБСЕ)',
      [
        'Организация по безопасности и сотрудничеству в Европе',
        'Организация по безопасности и сотрудничеству в Европе',
      ],
    ],
    ['Коалиция за новую повестку дня призывает', ['Коалиция за новую повестку дня']],
    // a genitive noun with an adjective's ending is a complement, when no noun follows it in the case asked
    ['Координационным советом руководителей немного', ['Координационный совет руководителей']],
    // a nominative adjective is no genitive complement, nor a second place after `и`
    [
      'Научного комитета Организации Объединенных Наций по действию атомной радиации главный',
      ['Научный комитет Организации Объединенных Наций по действию атомной радиации'],
    ],
    [
      'Регионального центра Организации Объединенных Наций по вопросам мира и разоружения в Африке и Региональный',
      ['Региональный центр Организации Объединенных Наций по вопросам мира и разоружения в Африке'],
    ],
  ])('in %j: %j', (needle, expected) => {
    expect(dev.namesIn(needle)).toEqual(expected);
  });

  it('opens no name with `Поэтому` (therefore) and ends one before `провести`, `вынес` (verbs)', () => {
    expect(dev.namesIn('Поэтому Совет Безопасности')).toEqual(['Совет Безопасности']);
    expect([...names].filter((n) => /^Поэт|Форум (?:провести|вынес)/u.test(n))).toEqual([]);
  });

  it('reads no state, no community of states, no document and no head alone as a body', () => {
    // (the New Urban Agenda, `Новой программы развития городов`, six times: a document, as in English)
    const bad = [...names].filter((n) =>
      /^(?:Российская Федерация|Советский Союз|Международное сообщество|Программа действий|Новая программа развития городов)(?: |$)/u.test(
        n,
      ),
    );
    expect(bad).toEqual([]);
    // (The Secretariat, the Taliban and Al-Qaida are the gazetteer's.)
    const oneWord = new Set(['Секретариат', 'Талибан', 'Аль-Каида']);
    expect([...names].filter((n) => !/\s/u.test(n) && !/^\p{Lu}{2,}$/u.test(n) && !oneWord.has(n))).toEqual([]);
  });

  it('opens no name with `Многие` or `Некоторые` (many, some) and ends one before `разочарован` or `вокруг`', () => {
    // `Многие организации по защите прав человека` (many human rights organisations), `Некоторые экстремистские
    // вооруженные группы` (some extremist armed groups): classes. `Комитет разочарован тем, что` (the Committee is
    // disappointed that); `Рабочей группы открытого состава вокруг` (of the Open-ended Working Group, around).
    expect(dev.namesIn('Многие организации по защите прав человека')).toEqual([]);
    expect(dev.namesIn('Некоторые экстремистские вооруженные группы')).toEqual([]);
    expect(dev.namesIn('Комитет разочарован')).toEqual([]);
    expect(dev.namesIn('Рабочей группы открытого состава вокруг')).toEqual(['Рабочая группа открытого состава']);
    // `Многосторонний фонд` (the Multilateral Fund) and `Многонациональная` (multinational) open names.
    expect(names).toContain('Многосторонний фонд');
    expect(names).toContain('Многонациональная совместная целевая группа');
  });

  it('names a body on a line whose English translation names one too, nearly always (measured: 0.91)', () => {
    const { lines, share } = dev.namedInEnglish();
    expect(lines).toBeGreaterThan(1000);
    expect(share).toBeGreaterThanOrEqual(0.88);
  });

  it('finds a head stem (RU_ANY_HEAD, the pairs-only pass) in every head noun of the file, in every case', () => {
    const heads = dev.lines.flatMap((l) => l.split(/[^\p{L}-]+/u)).filter((w) => headOf(w) !== undefined);
    expect(heads.length).toBeGreaterThan(2500);
    // With the zero-ending genitive plural and the cases a stem's first letters hide (`сил`, `Лигой`, `сетью`).
    for (const w of [...new Set(heads), 'сил', 'Лигой', 'сетью', 'Бюро']) expect(RU_ANY_HEAD.test(w), w).toBe(true);
  });
});

describe('Russian verbal nouns open no name', () => {
  /** The bodies named on a line of the Russian dev-set file, read as a document of its own. */
  const namesOnLine = (n: number) => {
    const line = corpusText('unpc-devset/UNv1.0.devset.ru').split('\n')[n - 1] ?? '';
    return run(line, 'ru').flatMap((e) => (e.kind === 'organization' ? [e.name] : []));
  };

  it('`Телевидение`, `Решение`, `Заключение`, `Выполнение` end in `-ие` as a plural adjective does, and are nouns', () => {
    // Line 747: United Nations Television; line 2717: the advisory opinion of the International Court of Justice;
    // line 3360: implementation of the recommendations of the Permanent Forum.
    expect(new Set(namesOnLine(747))).toEqual(new Set(['Организация Объединенных Наций']));
    expect(namesOnLine(2717)).toContain('Международный Суд');
    expect(namesOnLine(3360)).toEqual(['Постоянный форум']);
    // Soft-stem adjectives in `-ние` are still adjectives; verbal nouns in `-ание`, `-ение`, `-тие` are not.
    expect(['Внутренние', 'Последние', 'Внешние', 'Средние'].every(looksLikeAdjectiveRu)).toBe(true);
    expect(['Финансирование', 'Управление', 'Развитие', 'Телевидение', 'Сияние'].some(looksLikeAdjectiveRu)).toBe(
      false,
    );
    // Nor a noun in `-ия` in the instrumental (line 3192, `Применение Турцией вооруженных сил`: the use of armed
    // force by Turkey), while soft adjectives in `-ей` stay adjectives.
    expect(['Турцией', 'Комиссией', 'Организацией'].some(looksLikeAdjectiveRu)).toBe(false);
    expect(['Последней', 'Синей', 'Третьей'].every(looksLikeAdjectiveRu)).toBe(true);
    expect(namesOnLine(3192).filter((n) => n.includes('Турци'))).toEqual([]);
  });

  it('ends a name before an adverb or a short participle (`Затем`, `почти`, `основан`, `выделены`)', () => {
    // Lines 593, 3825, 2466 and 3765 of the dev set.
    expect(namesOnLine(593)).toContain('Рабочая группа');
    expect(namesOnLine(3825)).not.toContain('Группа почти');
    expect(namesOnLine(2466)).toContain(
      'Комиссия по расследованию положения в области прав человека в Корейской Народно-Демократической Республике',
    );
    expect(namesOnLine(3765)).toContain('Общественный фонд');
    const all = [593, 3825, 2466, 3765].flatMap(namesOnLine);
    expect(all.filter((n) => /Затяя|Затем|почти|основан|выделены/u.test(n))).toEqual([]);
  });

  it('opens no name at a noun in the instrumental that ends as an adjective: its adjectives agree with the head', () => {
    // Line 54: `Генеральным секретарем Организации Объединенных Наций` (by the Secretary-General of the United
    // Nations) and `Генеральным секретарем Карибского сообщества`; 1348: `Председателем Генеральной Ассамблеи`; 2256:
    // `Специальным докладчиком Генеральной Ассамблее`; 2549: `Правлением и Консультативным комитетом …`; 3974:
    // `Китаем и Российской Федерацией` (China and the Russian Federation); 298: `Уставом Организации Объединенных
    // Наций` (the Charter); 1772: `Уставом Агентства`.
    expect(namesOnLine(54)).toEqual(expect.arrayContaining(['Организация Объединенных Наций', 'Карибское сообщество']));
    expect(namesOnLine(1348)).toContain('Генеральная Ассамблея');
    expect(namesOnLine(2256)).toContain('Генеральная Ассамблея');
    expect(namesOnLine(2549)).toContain('Консультативный комитет по административным и бюджетным вопросам');
    const all = [54, 298, 1348, 1772, 2256, 2549, 3974].flatMap(namesOnLine);
    expect(all.filter((n) => /секретар|Председател|докладчик|Правлени|Кита|Устав/u.test(n))).toEqual([]);
    // Agreement in each case the heads are met in; a noun of the same ending does not agree.
    const agreesWithHead = (adjective: string, head: string) => agreementWith(head)(adjective);
    expect(agreesWithHead('Экономическом', 'Совете')).toBe(true);
    expect(agreesWithHead('Генеральной', 'Ассамблеи')).toBe(true);
    expect(agreesWithHead('Объединенными', 'силами')).toBe(true);
    expect(agreesWithHead('Совместной', 'группой')).toBe(true);
    expect(agreesWithHead('Международного', 'агентства')).toBe(true);
    expect(agreesWithHead('Президентом', 'Ассамблеи')).toBe(false);
    expect(agreesWithHead('секретарем', 'Организации')).toBe(false);
    expect(agreesWithHead('Китаем', 'Федерацией')).toBe(false);
    // A head that does not decline goes with any adjective.
    expect(agreesWithHead('Региональному', 'бюро')).toBe(true);
  });

  it('joins two one-word genitives by `и` (`Совет мира и безопасности`), not two longer phrases', () => {
    // Line 711: the African Union Peace and Security Council, twice; 3781: the Monitoring and Evaluation Group.
    const line711 = namesOnLine(711);
    expect(line711.filter((n) => n === 'Совет мира и безопасности Африканского союза')).toHaveLength(2);
    expect(line711).not.toContain('Совет мира');
    expect(namesOnLine(3781)).toContain('Группа контроля и оценки');
    // Line 1736: `Фонда оборотных средств и специального счета`, the Working Capital Fund and a special account.
    expect(namesOnLine(1736)).toContain('Фонд оборотных средств');
  });
});
