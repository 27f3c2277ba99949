import { describe, expect, it } from 'vitest';
import type { AcronymEntity, OrganizationEntity } from '@untk/core';
import { readdirSync } from 'node:fs';
import { corpusPath, corpusText } from '../../../test/support/corpus.js';
import { expectOffsets, run } from './helpers.js';

const devset = corpusText('unpc-devset/UNv1.0.devset.en').split('\n');

/**
 * Real English sentences (dev-set lines by number, 1-based) with every body they name, annotated by hand as
 * [mention as written, canonical name]. `Council` alone (for the Security Council) is left out, as in Chinese.
 */
const SENTENCES: Array<[number, Array<[string, string]>]> = [
  [
    70,
    [
      ['Security Council', 'Security Council'],
      ['LCBC', 'Lake Chad Basin Commission'],
      ['Multinational Joint Task Force', 'Multinational Joint Task Force'],
    ],
  ],
  [
    85,
    [
      ['United Nations Interim Security Force for Abyei', 'United Nations Interim Security Force for Abyei'],
      ['UNISFA', 'United Nations Interim Security Force for Abyei'],
      ['Security Council', 'Security Council'],
    ],
  ],
  [
    2247,
    [
      [
        'Legal and Criminal Justice Working Group of the Counter-Terrorism Committee Executive Directorate',
        'Legal and Criminal Justice Working Group of the Counter-Terrorism Committee Executive Directorate',
      ],
      ['Security Council', 'Security Council'],
    ],
  ],
  [
    2322,
    [
      ['INTERPOL', 'International Criminal Police Organization'],
      ['Taliban', 'Taliban'],
    ],
  ],
  [
    2642,
    [
      ['United Nations Office on Drugs and Crime', 'United Nations Office on Drugs and Crime'],
      ['UNODC', 'United Nations Office on Drugs and Crime'],
      ["United Nations Children's Fund", "United Nations Children's Fund"],
    ],
  ],
  [
    3696,
    [
      ['INTERPOL Global Complex for Innovation', 'INTERPOL Global Complex for Innovation'],
      ['European Police Office', 'European Police Office'],
      ['Europol', 'European Police Office'],
      ['European Cybercrime Centre', 'European Cybercrime Centre'],
      ['EC3', 'European Cybercrime Centre'],
    ],
  ],
];

describe('English bodies in real dev-set sentences, against a hand annotation', () => {
  const results = SENTENCES.map(([line, gold]) => {
    const text = devset[line - 1] ?? '';
    const entities = run(text, 'en', `devset.en:${line}`);
    const orgs = entities.filter((e): e is OrganizationEntity => e.kind === 'organization');
    expectOffsets(text, entities);
    return { line, gold, orgs, acronyms: entities.filter((e): e is AcronymEntity => e.kind === 'acronym') };
  });
  const goldCount = results.reduce((n, r) => n + r.gold.length, 0);
  const foundCount = results.reduce((n, r) => n + r.orgs.length, 0);
  const hits = results.reduce(
    (n, r) => n + r.orgs.filter((o) => r.gold.some(([t, name]) => t === o.text && name === o.name)).length,
    0,
  );

  it('finds at least 9 in 10 annotated mentions, and few others (measured: recall 1.00, precision 0.95)', () => {
    expect(hits / goldCount).toBeGreaterThanOrEqual(0.9);
    expect(hits / foundCount).toBeGreaterThanOrEqual(0.9);
  });

  it('line 3696: a short form written as a word (`Europol`) or with a number (`EC3`) after its long form', () => {
    const r = results.find((x) => x.line === 3696);
    expect(r?.acronyms.map((a) => [a.short, a.long, a.confidence])).toEqual([
      ['Europol', 'European Police Office', 0.9],
      ['EC3', 'European Cybercrime Centre', 1],
    ]);
    // Not a word in brackets that one word before it holds (a place, a country), nor a title.
    for (const text of [
      'the Kenya Red Cross Society (Kenya) said',
      'the United Nations Office at Nairobi (Nairobi) said',
      'the Committee on Information (Chair) said',
      'the Conference on Disarmament (Geneva) met',
    ]) {
      expect(
        run(text, 'en').filter((e) => e.kind === 'acronym'),
        text,
      ).toEqual([]);
    }
  });

  it.each([
    [85, 'United Nations Interim Security Force for Abyei', 'UNISFA'],
    [2642, 'United Nations Office on Drugs and Crime', 'UNODC'],
  ])('line %i: the explicit pair %s (%s), confidence 1', (line, long, short) => {
    const r = results.find((x) => x.line === line);
    expect(r?.acronyms.find((a) => a.short === short)).toMatchObject({ long, confidence: 1 });
  });

  it('keeps the full name `United Nations Office on Drugs and Crime`, not `United Nations Office`', () => {
    const r = results.find((x) => x.line === 2642);
    expect(r?.orgs.map((o) => o.text)).toContain('United Nations Office on Drugs and Crime');
    expect(r?.orgs.map((o) => o.text)).not.toContain('United Nations Office');
  });

  it('does not take a document (`United Nations Model Strategies and Practical Measures …`) for a body', () => {
    const r = results.find((x) => x.line === 2642);
    expect(r?.orgs.some((o) => o.text.includes('Model Strategies'))).toBe(false);
  });
});

describe('English bodies in a Security Council resolution (CR-UNSC)', () => {
  const text = corpusText('cr-unsc-resolutions-en/S_RES_1445_2002_EN_GOLD.txt');
  const orgs = run(text, 'en', 'S_RES_1445').filter((e): e is OrganizationEntity => e.kind === 'organization');

  it('joins a name broken over two lines and keeps offsets on the original', () => {
    expectOffsets(text, orgs);
    expect(orgs.map((o) => o.name)).toContain(
      'United Nations Organization Mission in the Democratic Republic of the Congo',
    );
  });

  it('names the Security Council and no title of a person as a body', () => {
    expect(orgs.filter((o) => o.name === 'Security Council').length).toBeGreaterThan(0);
    expect(orgs.some((o) => /^(?:President|Secretary|Special Representative)/.test(o.name))).toBe(false);
  });
});

describe('one body, one name, however the resolutions of several decades write it (CR-UNSC)', () => {
  const names = (file: string) => {
    const text = corpusText(`cr-unsc-resolutions-en/${file}`);
    const orgs = run(text, 'en', file).filter((e): e is OrganizationEntity => e.kind === 'organization');
    expectOffsets(text, orgs);
    return new Set(orgs.map((o) => o.name));
  };

  it.each([
    // UNTSO: `Truce Supervision Organization` (1951), `… in Palestine` (1956), the name itself (1962 on)
    ['S_RES_0093_1951_EN_GOLD.txt', 'United Nations Truce Supervision Organization', /Truce Supervision Organization/],
    ['S_RES_0113_1956_EN_GOLD.txt', 'United Nations Truce Supervision Organization', /Truce Supervision Organization/],
    // Cambodia's Supreme National Council, with and without `of Cambodia`, and its short form SNC
    ['S_RES_0668_1990_EN_GOLD.txt', 'Supreme National Council of Cambodia', /Supreme National Council/],
    ['S_RES_0792_1992_EN_GOLD.txt', 'Supreme National Council of Cambodia', /Supreme National Council/],
    ['S_RES_0706_1991_EN_GOLD.txt', 'United Nations Iraq-Kuwait Boundary Demarcation Commission', /Demarcation/],
    // The Yugoslavia tribunal by its statute's name (1993) and as the dev set and later resolutions name it
    ['S_RES_0877_1993_EN_GOLD.txt', 'International Tribunal for the Former Yugoslavia', /Tribunal/],
    // UNCTAD, which the grammar read as `United Nations` (a conference is no body; UNCTAD is one)
    ['S_RES_0406_1977_EN_GOLD.txt', 'United Nations Conference on Trade and Development', /Trade/],
  ])('%s counts %s under one name', (file, name, variants) => {
    const found = [...names(file)].filter((n) => variants.test(n));
    expect(found).toEqual([name]);
  });

  it('counts `United Nations Security Council` and `General Assembly of the United Nations` as the organs', () => {
    expect(names('S_RES_1454_2002_EN_GOLD.txt')).not.toContain('United Nations Security Council');
    expect(names('S_RES_0264_1969_EN_GOLD.txt')).not.toContain('General Assembly of the United Nations');
    expect(names('S_RES_0264_1969_EN_GOLD.txt')).toContain('General Assembly');
  });
});

describe('English bodies around the verbs, titles and series of resolutions (CR-UNSC)', () => {
  /** The body names of the paragraph of a resolution that holds `marker`, in order. */
  const namesNear = (file: string, marker: string): string[] => {
    const text = corpusText(`cr-unsc-resolutions-en/${file}`);
    const at = text.indexOf(marker);
    expect(at, `${marker} in ${file}`).toBeGreaterThanOrEqual(0);
    const start = text.lastIndexOf('\n\n', at) + 1;
    const end = text.indexOf('\n\n', at);
    const paragraph = text.slice(start, end < 0 ? text.length : end);
    const orgs = run(paragraph, 'en').filter((e): e is OrganizationEntity => e.kind === 'organization');
    expectOffsets(paragraph, orgs);
    return orgs.map((o) => o.name);
  };

  /** The names of a resolution's mentions written as `written` (white space aside): at least `min` of them. */
  const namesWrittenAs = (file: string, written: string, min: number): Set<string> => {
    const text = corpusText(`cr-unsc-resolutions-en/${file}`);
    const orgs = run(text, 'en', file).filter((e): e is OrganizationEntity => e.kind === 'organization');
    expectOffsets(text, orgs);
    const found = orgs.filter((o) => o.text.replace(/\s+/g, ' ') === written);
    expect(found.length, `${written} in ${file}`).toBeGreaterThanOrEqual(min);
    return new Set(found.map((o) => o.name));
  };

  it.each([
    // an operative verb opens the paragraph
    ['S_RES_0008_1946_EN_GOLD.txt', 'Recommends to the General Assembly', ['General Assembly', 'United Nations']],
    // a footnote citing a series
    ['S_RES_0016_1947_EN_GOLD.txt', 'See Official Records of the Security Council', ['Security Council']],
    // a country and a body joined by `and the`
    ['S_RES_0812_1993_EN_GOLD.txt', 'Rwanda and the Rwandese Patriotic Front', ['Rwandese Patriotic Front']],
    // a name with `and` in it, after `United Nations Relief`
    [
      'S_RES_0512_1982_EN_GOLD.txt',
      'Relief and Works Agency',
      ['United Nations Relief and Works Agency for Palestine Refugees in the Near East'],
    ],
    // a country asking something of a body
    ['S_RES_0733_1992_EN_GOLD.txt', 'Somalia for the Security Council', ['Security Council']],
    // a paragraph's verb right after the name, over a line break (`The Security Council\nFinds that …`)
    ['S_RES_0086_1950_EN_GOLD.txt', 'Security Council', ['Security Council']],
    // the older spelling `Peace-keeping` counted under UNFICYP's canonical name (a gazetteer alias)
    [
      'S_RES_0187_1964_EN_GOLD.txt',
      'establishment of a United Nations',
      ['United Nations Peacekeeping Force in Cyprus'],
    ],
    // the CSCE, which no grammar reads (`Conference` is no head word: it would take in events), from the gazetteer
    [
      'S_RES_0874_1993_EN_GOLD.txt',
      'within the framework of the Conference',
      ['Conference on Security and Cooperation in Europe'],
    ],
  ])('%s: %s', (file, marker, names) => {
    expect(namesNear(file, marker)).toEqual(expect.arrayContaining(names));
    const found = namesNear(file, marker);
    expect(
      found.filter((n) => /^(?:Recommends|See|Official|Rwanda |Somalia|Works Agency)|Relief$| Finds$/.test(n)),
    ).toEqual([]);
  });

  it.each([
    // a possessive, and a closing quote, after the name
    [
      'S_RES_0643_1989_EN_GOLD.txt',
      'Transition Assistance Group’s',
      'United Nations Transition Assistance Group',
      'United Nations Transition Assistance Group’s',
    ],
    [
      'S_RES_0812_1993_EN_GOLD.txt',
      'Patriotic Front’ by which',
      'Rwandese Patriotic Front',
      'Rwandese Patriotic Front’',
    ],
    // a principal organ, then where or what about
    ['S_RES_0295_1971_EN_GOLD.txt', 'Security Council to Guinea', 'Security Council', 'Security Council to Guinea'],
    // … and over a line break
    ['S_RES_0521_1982_EN_GOLD.txt', 'forces established by the', 'Security Council', 'Security Council in Lebanon'],
    ['S_RES_0880_1993_EN_GOLD.txt', 'United Nations to Cambodia', 'United Nations', 'United Nations to Cambodia'],
    ['S_RES_0539_1983_EN_GOLD.txt', 'General Assembly on Namibia', 'General Assembly', 'General Assembly on Namibia'],
    // two bodies joined by `and the`, the first with an `and` of its own
    [
      'S_RES_0403_1977_EN_GOLD.txt',
      'Food and Agriculture Organization of',
      'International Fund for Agricultural Development',
      'Food and Agriculture Organization of the United Nations and the International Fund for Agricultural Development',
    ],
    // a title or a document, what it is about and `of the` before a body: the body
    [
      'S_RES_0712_1991_EN_GOLD.txt',
      'Convention on the Privileges',
      'United Nations',
      'Privileges and Immunities of the United Nations',
    ],
    ['S_RES_0841_1993_EN_GOLD.txt', 'Special Envoy for Haiti', 'United Nations', 'Haiti of the United Nations'],
    // a title `on the` a body
    [
      'S_RES_0441_1978_EN_GOLD.txt',
      'SecretaryGeneral on the United Nations Disengagement',
      'United Nations Disengagement Observer Force',
      'SecretaryGeneral on the United Nations Disengagement Observer Force',
    ],
    [
      'S_RES_0021_1947_EN_GOLD.txt',
      'the Covenant of the League',
      'League of Nations',
      'Covenant of the League of Nations',
    ],
    [
      'S_RES_0827_1993_EN_GOLD.txt',
      'appointment of the Prosecutor',
      'International Tribunal',
      'Prosecutor of the International Tribunal',
    ],
  ])('%s: %s names %s, not %s', (file, marker, name, wrong) => {
    const names = namesNear(file, marker);
    expect(names).toContain(name);
    // (Names are counted with straight apostrophes: the wrong one in either typing.)
    expect(names).not.toContain(wrong);
    expect(names).not.toContain(wrong.replace(/’/g, "'"));
  });

  // A name, `and` and an acronym: two bodies (before, one name ran over the acronym). A title or a document before a
  // body is no part of its name; staff categories are no bodies.
  it.each([
    ['the Speaker of the National Assembly of Kuwait', ['National Assembly of Kuwait']],
    ['Proposal of the Non-Aligned Movement', ['Non-Aligned Movement']],
    ['from the Field Service to the national General Service level', []],
    ['Executive Director of the United Nations Environment Programme', ['United Nations Environment Programme']],
    ['Financial Regulations and Rules of the United Nations', ['United Nations']],
    ['Summary of Sudanese Air Force', ['Sudanese Air Force']],
    ['Heads of Government of the Caribbean Community', ['Caribbean Community']],
    ['Managing Director of the International Monetary Fund', ['International Monetary Fund']],
    ['Session of the Commission on Population and Development', ['Commission on Population and Development']],
    ['Rome Statute of the International Criminal Court', ['International Criminal Court']],
    // a country on a body, a sentence's first word
    ['China on the Security Council', ['Security Council']],
    // a name ending with its head word, `and the` and what is no body; a complement that goes on stays in the name
    ['Working Capital Fund and the Special Account', ['Working Capital Fund']],
    // a known body, then where it is
    ['World Meteorological Organization in Geneva', ['World Meteorological Organization']],
    [
      "United Nations Development Programme in the Democratic People's Republic of Korea",
      ['United Nations Development Programme'],
    ],
    ["Sudan People's Liberation Army and the Sudanese", ["Sudan People's Liberation Army"]],
    [
      'United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea',
      ['United Nations Open-ended Informal Consultative Process on Oceans and the Law of the Sea'],
    ],
    [
      'Stockholm Convention Regional Centre for Capacity-building and the Transfer of Technology',
      ['Stockholm Convention Regional Centre for Capacity-building and the Transfer of Technology'],
    ],
    ['As Security Council', ['Security Council']],
    // an office of the United Nations named by its title is the United Nations; a footnote's number is no part of a name
    ['United Nations Independent Expert', ['United Nations']],
    ['United Nations Office on Drugs and Crime1', ['United Nations Office on Drugs and Crime']],
    ['Inter-Agency Support Group and WHO', ['Inter-Agency Support Group', 'World Health Organization']],
    [
      'World Organization for Animal Health and UNODC',
      ['World Organization for Animal Health', 'United Nations Office on Drugs and Crime'],
    ],
  ])('on its dev-set line, %j names %j', (needle, expected) => {
    const line = devset.find((l) => l.includes(needle)) ?? '';
    const at = line.indexOf(needle);
    const found = run(line, 'en').filter((e): e is OrganizationEntity => e.kind === 'organization');
    expectOffsets(line, found);
    expect(found.filter((o) => o.start >= at && o.end <= at + needle.length).map((o) => o.name)).toEqual(expected);
  });

  it('reads a name that opens the longer one named just before as that body (`the National Union`: UNITA)', () => {
    const unita = 'National Union for the Total Independence of Angola';
    expect(namesWrittenAs('S_RES_0851_1993_EN_GOLD.txt', 'National Union', 5)).toEqual(new Set([unita]));
    // not a name that goes on with `in` (a place) or holds another body (`Board of Auditors on the International
    // Tribunal …` stays the Board), nor one read far from any mention of the body
    const board = run(
      'the Board of Auditors on the International Tribunal for Rwanda. The Board of Auditors met.',
      'en',
    );
    expect(board.flatMap((e) => (e.kind === 'organization' ? [e.name] : [])).at(-1)).toBe('Board of Auditors');
    const far = `The Panel of Experts on Liberia reported. ${'Nothing more. '.repeat(200)}The Panel of Experts met.`;
    expect(run(far, 'en').flatMap((e) => (e.kind === 'organization' ? [e.name] : []))).toEqual([
      'Panel of Experts on Liberia',
      'Panel of Experts',
    ]);
    const near = 'The Panel of Experts on Liberia reported. The Panel of Experts met.';
    expect(run(near, 'en').flatMap((e) => (e.kind === 'organization' ? [e.name] : []))).toEqual([
      'Panel of Experts on Liberia',
      'Panel of Experts on Liberia',
    ]);
  });

  const orgNames = (text: string) => run(text, 'en').flatMap((e) => (e.kind === 'organization' ? [e.name] : []));

  it('starts a name after words with no head word before `of the` (a place, a document, a system)', () => {
    // `the stationing in Cyprus of the United Nations Peace-keeping Force`: 30 resolutions of 1964-74 had only the
    // United Nations there.
    expect(namesNear('S_RES_0194_1964_EN_GOLD.txt', 'stationing in Cyprus of')).toContain(
      'United Nations Peace-keeping Force',
    );
    expect(
      orgNames('the Creditor Reporting System of the Organization for Economic Cooperation and Development'),
    ).toEqual(['Organization for Economic Cooperation and Development']);
    expect(orgNames('the Order of the International Court of Justice of 15 December 1979')).toEqual([
      'International Court of Justice',
    ]);
    // Divisions and chambers are heads: their names stay whole.
    expect(orgNames('the Statistics Division of the Department of Economic and Social Affairs')).toEqual([
      'Statistics Division of the Department of Economic and Social Affairs',
    ]);
    expect(orgNames('the Appeals Chamber of the International Tribunal for the Former Yugoslavia')).toEqual([
      'Appeals Chamber of the International Tribunal for the Former Yugoslavia',
    ]);
  });

  it('names no body with a paragraph letter, a part of a report or the international community', () => {
    // `paragraph D of Council resolution 39`, `recommended by the Commission in Section X (c) of its report`, `calls
    // on the International Community to provide the funds`.
    const bad = /^D |Section|Community/u;
    for (const [file, marker] of [
      ['S_RES_0051_1948_EN_GOLD.txt', 'paragraph D of'],
      ['S_RES_0833_1993_EN_GOLD.txt', 'Section X'],
      ['S_RES_1445_2002_EN_GOLD.txt', 'International Community'],
    ] as const) {
      expect(
        namesNear(file, marker).filter((n) => bad.test(n)),
        file,
      ).toEqual([]);
    }
    // The British spelling of the OAU is the OAU, and where its force is (`the peace-keeping force of the
    // Organisation of African Unity in Chad`) is no part of its name.
    expect(namesNear('S_RES_0504_1982_EN_GOLD.txt', 'Unity in Chad')).toEqual(['Organization of African Unity']);
  });

  it('reads the Soviet Union as a state however the OCR of old resolutions spells it', () => {
    for (const [file, marker] of [
      ['S_RES_0157_1960_EN_GOLD.txt', 'Union of Soviet Socialist Re-'],
      ['S_RES_0459_1979_EN_GOLD.txt', 'Union of Soviet Social-'],
      ['S_RES_0055_1948_EN_GOLD.txt', 'Union of Soviet Republics'],
    ] as const) {
      expect(namesNear(file, marker).filter((n) => n.startsWith('Union of Soviet'))).toEqual([]);
    }
  });

  it('starts a name after a country, a party or a list before `in`, `on` or `for` (no body of their own)', () => {
    // Three resolutions of 1980-85 (`… the arms embargo imposed against South Africa in Security Council resolution
    // 418 (1977)`), the dev set's credentials of the representative of the Bolivarian Republic of Venezuela.
    expect(namesNear('S_RES_0546_1984_EN_GOLD.txt', 'South Africa in Security')).toContain('Security Council');
    expect(namesNear('S_RES_0546_1984_EN_GOLD.txt', 'South Africa in Security')).not.toContain(
      'South Africa in Security Council',
    );
    expect(orgNames('the representative of the Bolivarian Republic of Venezuela on the Security Council')).toEqual([
      'Security Council',
    ]);
    expect(orgNames('the representative of the United States of America\non the Committee of Good Offices')).toEqual([
      'Committee of Good Offices',
    ]);
    expect(orgNames('the proposal by the Government of Mozambique and RENAMO for United Nations monitoring')).toEqual([
      'United Nations',
    ]);
    // An account or a fund named by what it is for keeps its name.
    expect(orgNames('the Special Account for the International Criminal Tribunal for Rwanda')).toEqual([
      'Special Account for the International Criminal Tribunal for Rwanda',
    ]);
  });

  it('reads a name that ends the longer one named just before, after words that qualify it, as that body', () => {
    // `the Force in Cyprus` is UNFICYP in 38 resolutions of 1974-93, after its full name; `the Mixed Armistice
    // Commission` the Israel-Syrian one.
    const cyprus = 'United Nations Peacekeeping Force in Cyprus';
    for (const file of ['S_RES_0364_1974_EN_GOLD.txt', 'S_RES_0839_1993_EN_GOLD.txt']) {
      expect(namesWrittenAs(file, 'Force in Cyprus', 1)).toEqual(new Set([cyprus]));
    }
    // `the United Nations Peace-keeping Force` after the full name the gazetteer lists, `in Cyprus` and all (64
    // mentions in the resolutions of 1966-93); `in` after a name the gazetteer does not list says where it serves.
    expect(namesWrittenAs('S_RES_0220_1966_EN_GOLD.txt', 'United Nations Peace-keeping Force', 1)).toEqual(
      new Set([cyprus]),
    );
    expect(
      orgNames('The United Nations Protection Force in Croatia met. The United Nations Protection Force met.'),
    ).toEqual(['United Nations Protection Force in Croatia', 'United Nations Protection Force']);
    expect(namesWrittenAs('S_RES_0093_1951_EN_GOLD.txt', 'Mixed Armistice Commission', 10)).toEqual(
      new Set(['Israel-Syrian Mixed Armistice Commission']),
    );
    // Not after words joined by a connector (another body's name), nor when two longer names end with it.
    expect(orgNames('The Council of Ministers of the Special Commission met. The Special Commission met.')).toEqual([
      'Council of Ministers of the Special Commission',
      'Special Commission',
    ]);
    const two = 'The Israel-Syrian Mixed Armistice Commission and the Israel-Jordan Mixed Armistice Commission met.';
    expect(orgNames(`${two} The Mixed Armistice Commission met.`).at(-1)).toBe('Mixed Armistice Commission');
  });

  it('ends a name at `and` before a country or after an acronym or a document, an organ before `of the` and an office, and a body before a connector and an organ', () => {
    // (What each of these resolutions writes, and the one body it names.)
    const cases: Array<[string, string, string]> = [
      // a body, then a country: `between the South West Africa People's Organization and South Africa`
      [
        'S_RES_0629_1989_EN_GOLD.txt',
        'South West Africa People’s Organization',
        "South West Africa People's Organization",
      ],
      // an acronym, then a body: `the protection and security of UNPROFOR and United Nations personnel`
      ['S_RES_0776_1992_EN_GOLD.txt', 'United Nations', 'United Nations'],
      // a document, then a body: `the Peace Accords and Security Council resolutions`
      ['S_RES_0864_1993_EN_GOLD.txt', 'Security Council', 'Security Council'],
      // an organ, then an office: `the approval by the Security Council of the Secretary-General's statement`
      ['S_RES_0629_1989_EN_GOLD.txt', 'Security Council', 'Security Council'],
      // an organ, then a state: `membership in the United Nations of the People's Republic of Albania`
      ['S_RES_0029_1947_EN_GOLD.txt', 'United Nations', 'United Nations'],
      // a body, `against` and an organ: `attacks carried out by the National Union against United Nations personnel`
      ['S_RES_0864_1993_EN_GOLD.txt', 'National Union', 'National Union for the Total Independence of Angola'],
      // a body, `in the` and an organ: `electing the members of the Court in the General Assembly`
      ['S_RES_0058_1948_EN_GOLD.txt', 'General Assembly', 'General Assembly'],
      // a person, `for` and an organ: `the request by His Royal Highnes Prince Norodom Sihanouk for United Nations personnel`
      ['S_RES_0717_1991_EN_GOLD.txt', 'United Nations', 'United Nations'],
    ];
    for (const [file, written, name] of cases) expect(namesWrittenAs(file, written, 1), file).toEqual(new Set([name]));
    const names = (file: string) =>
      run(corpusText(`cr-unsc-resolutions-en/${file}`), 'en', file).flatMap((e) =>
        e.kind === 'organization' ? [e.name] : [],
      );
    // None of these documents names a body that runs on past where it should end.
    for (const file of cases.map(([f]) => f)) {
      expect(
        names(file).filter((n) =>
          / and (?:South Africa|United Nations|Security Council)$| of the (?:Secretary|People)| (?:against|in the|for) (?:United Nations|General Assembly)$/.test(
            n,
          ),
        ),
        file,
      ).toEqual([]);
    }
    // `the representatives of the Soviet Union and Iran`: a state and a state, no body.
    expect(names('S_RES_0002_1946_EN_GOLD.txt').filter((n) => /Soviet|Iran/.test(n))).toEqual([]);
    // Two adjectives of one head, a complement with `and`, a name with `and` before its head and a body after `of the` go on.
    expect(
      orgNames(
        'the Department of Economic and Social Affairs, the United Nations Office on Drugs and Crime, the Monitoring and Supervision Commission and the General Assembly of the United Nations',
      ),
    ).toEqual([
      'Department of Economic and Social Affairs',
      'United Nations Office on Drugs and Crime',
      'Monitoring and Supervision Commission',
      // (`General Assembly of the United Nations` read whole, and counted as the General Assembly: the gazetteer's alias)
      'General Assembly',
    ]);
  });

  it('ends a name before an officer’s title and at an article that opens it', () => {
    // `… acting through the UNPROFOR Force Commander …` in resolution 836 (1993): the Force, not its commander.
    expect(namesWrittenAs('S_RES_0836_1993_EN_GOLD.txt', 'UNPROFOR', 1)).toEqual(
      new Set(['United Nations Protection Force']),
    );
    // As the dev set writes them.
    expect(
      orgNames(
        'the European Union High Representative for Foreign Affairs and Security Policy and the UN-Women Executive Director met. An Anti-Corruption Commission was set up.',
      ),
    ).toEqual([
      'European Union',
      'United Nations Entity for Gender Equality and the Empowerment of Women',
      'Anti-Corruption Commission',
    ]);
    // A body named by its officer stays whole, and so does an office after a connector.
    expect(
      orgNames(
        'the United Nations High Commissioner for Refugees and the Office of the Special Representative of the Secretary-General for Children and Armed Conflict',
      ),
    ).toEqual([
      'United Nations High Commissioner for Refugees',
      'Office of the Special Representative of the Secretary-General for Children and Armed Conflict',
    ]);
  });

  it('names a body that belongs to a conference or a treaty (`Organization of the Islamic Conference`)', () => {
    // Seven resolutions of 1980-1993 name the OIC; before, `Conference` after the head word made it no body.
    expect(namesNear('S_RES_0476_1980_EN_GOLD.txt', 'Organization of the Islamic Conference')).toContain(
      'Organization of the Islamic Conference',
    );
    expect(namesNear('S_RES_0822_1993_EN_GOLD.txt', 'Minsk Group of the Conference on Security')).toContain(
      'Minsk Group of the Conference on Security and Cooperation in Europe',
    );
    const icfy = 'Steering Committee of the International Conference on the Former Yugoslavia';
    expect(namesNear('S_RES_0808_1993_EN_GOLD.txt', icfy)).toContain(icfy);
    // A document right after the head word, or a programme of action, is still no body.
    expect(orgNames('the United Nations Conference on Environment and Development')).toEqual(['United Nations']);
    expect(orgNames('the World Programme of Action for Youth and the General Assembly')).toEqual(['General Assembly']);
  });

  it('reads two adjectives joined by `and` inside one name, and names of up to 23 words whole', () => {
    const dev = corpusText('unpc-devset/UNv1.0.devset.en').split('\n');
    const line = (needle: string) => orgNames(dev.find((l) => l.includes(needle)) ?? '');
    expect(line('Long-term Sustainability of Outer Space Activities of the Scientific')).toEqual([
      'Working Group on the Long-term Sustainability of Outer Space Activities of the Scientific and Technical ' +
        'Subcommittee of the Committee on the Peaceful Uses of Outer Space',
    ]);
    expect(line('Department of Economic and Social Affairs of the United Nations Secretariat')).toContain(
      'Department of Economic and Social Affairs of the United Nations Secretariat',
    );
    // Not two names, nor a name and an acronym.
    expect(orgNames('the World Organization for Animal Health and UNODC')).toEqual([
      'World Organization for Animal Health',
      'United Nations Office on Drugs and Crime',
    ]);
    expect(orgNames('the Security Council and Economic and Social Council')).toEqual([
      'Security Council',
      'Economic and Social Council',
    ]);
    const yugoslavia =
      'Special Account for the International Tribunal for the Prosecution of Persons Responsible for Serious ' +
      'Violations of International Humanitarian Law Committed in the Territory of the Former Yugoslavia';
    expect(orgNames(`contributions to the ${yugoslavia} since 1993`)).toEqual([yugoslavia]);
  });

  it('names a secretariat by its own name, not the United Nations Secretariat inside it', () => {
    expect(orgNames('The Secretariat of the Basel Convention has met.')).toEqual([
      'Secretariat of the Basel Convention',
    ]);
    expect(
      orgNames('with the Provisional Technical Secretariat of the Comprehensive Nuclear-Test-Ban Treaty Organization.'),
    ).toEqual(['Provisional Technical Secretariat of the Comprehensive Nuclear-Test-Ban Treaty Organization']);
    // A place after it is where it sits.
    expect(orgNames('the League Secretariat in Cairo said')).toEqual(['League Secretariat']);
    expect(orgNames('The Secretariat reported.')).toEqual(['Secretariat']);
  });

  it('counts a name typed with a typographic apostrophe under the straight one the gazetteer writes', () => {
    // `United Nations Children’s Fund`, as the resolution types it: UNICEF's canonical name.
    expect(namesNear('S_RES_0757_1992_EN_GOLD.txt', 'Children’s Fund')).toContain("United Nations Children's Fund");
  });

  it('keeps a body named by its head of state and government, and the one a letter is sent to', () => {
    expect(namesNear('S_RES_0658_1990_EN_GOLD.txt', 'Heads of State and Government of the Organization')).toContain(
      'Assembly of Heads of State and Government of the Organization of African Unity',
    );
    // (The Committee is named by the resolution that set it up, across the line break: see committees.ts.)
    expect(namesNear('S_RES_0706_1991_EN_GOLD.txt', 'to the Chairman of the Security Council')).toEqual([
      'United Nations',
      'Security Council Committee established pursuant to resolution 661 (1990)',
    ]);
  });

  it('across the 902 resolutions: no body opens with a verb of a paragraph, and the Chapters of the Charter are none', () => {
    const files = readdirSync(corpusPath('cr-unsc-resolutions-en')).filter((f) => f.endsWith('.txt'));
    const names = new Set<string>();
    const longForms = new Set<string>();
    for (const f of files) {
      const text = corpusText(`cr-unsc-resolutions-en/${f}`);
      for (const e of run(text, 'en', f)) {
        if (e.kind === 'organization') names.add(e.name);
        if (e.kind === 'acronym') longForms.add(`${e.short} = ${e.long}`);
      }
    }
    // `on the United Nations Operation in Mozambique (ONUMOZ)`: the letters of a name in another language, read
    // in English words, give the body's name, not the words before it.
    expect([...longForms].filter((l) => /= \p{Ll}[^=]* United Nations/u.test(l))).toEqual([]);
    expect(longForms).toContain('ONUMOZ = United Nations Operation in Mozambique');
    const bad = [...names].filter((n) =>
      /^(?:Recommends|Recalling|Reaffirming|Reaffirms|Requests|Urges|Notes|Noting|See|Official Records?)\b|^[IVX]+ of the Charter| (?:Resolves|Decides)$/.test(
        n,
      ),
    );
    expect(bad).toEqual([]);
    // Nor with a person's title or a document's name (`Executive Chairman of the Special Commission`, `Judges of the
    // International Tribunal`, `Purposes of the United Nations`): what follows `of the` is the body.
    const titled = [...names].filter((n) =>
      /^(?:A|Executive Chairman|Co-Chairmen|Co-leader|Vice-President|Administrative Secretary|Judges|Force Commander|Foreign Ministers|Registrar|Prosecutor|Covenant|Chapters|Purposes|Documents|Convention|Special Envoy) /.test(
        n,
      ),
    );
    expect(titled).toEqual([]);
    for (const body of ['Special Commission', 'Steering Committee', 'Patriotic Front of Zimbabwe', 'League of Nations'])
      expect(names).toContain(body);
    // Countries are no bodies, whatever head word their names hold, nor is a country's mission to a body, nor an
    // office of the United Nations named by its title.
    expect(
      [...names].filter((n) =>
        /^(?:Union of Soviet Socialist Republics|Union of South Africa|Soviet Union)$| (?:to|in) the United Nations$|^United Nations (?:Representative|Mediator)\b/.test(
          n,
        ),
      ),
    ).toEqual([]);
    // No name ends with a possessive or a quote, and no principal organ goes on with a place.
    expect(
      [...names].filter((n) =>
        /['’]s?$|^(?:United Nations|Security Council|General Assembly) (?:in|on|to|and) /.test(n),
      ),
    ).toEqual([]);
    // Places and agreements named after a body are neither (`United Nations Protected Areas`, `Status of Forces
    // Agreement`).
    expect(
      [...names].filter((n) => /^United Nations Protected Areas|^Status of (?:Forces|Mission) Agreement$/.test(n)),
    ).toEqual([]);
    // A name the organ starts and a head word goes on is one body.
    expect(names).toContain('United Nations Operation in Mozambique');
    // Names that hold `and` or `to the` are still found whole.
    expect(names).toContain('Economic Community of West African States');
    expect(names).toContain('United Nations Relief and Works Agency for Palestine Refugees in the Near East');
  });
});

describe('English body names that look like openings or endings, written alone', () => {
  it.each([
    [
      'reported by the United Nations Organization Mission in the Democratic Republic of the Congo to the Security Council',
      'United Nations Organization Mission in the Democratic Republic of the Congo',
    ],
    ['the Appeals Chamber of the International Tribunal', 'Appeals Chamber of the International Tribunal'],
    [
      'the Office of the Special Representative of the Secretary-General for Children and Armed Conflict',
      'Office of the Special Representative of the Secretary-General for Children and Armed Conflict',
    ],
    [
      'the United Nations System Chief Executives Board for Coordination',
      'United Nations System Chief Executives Board for Coordination',
    ],
  ])('%s', (text, name) => {
    expect(
      run(text, 'en')
        .filter((e) => e.kind === 'organization')
        .map((e) => (e as OrganizationEntity).name),
    ).toContain(name);
  });
});
