import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AcronymEntity, OrganizationEntity } from '@untk/core';
import { corpusPath, corpusText } from '../../../test/support/corpus.js';
import { expectOffsets, run } from './helpers.js';

const bodies = (text: string, lang: string) =>
  run(text, lang).filter((e): e is OrganizationEntity => e.kind === 'organization');

const pairs = (text: string, lang: string) => run(text, lang).filter((e): e is AcronymEntity => e.kind === 'acronym');

const line = (lang: string, n: number) => corpusText(`unpc-devset/UNv1.0.devset.${lang}`).split('\n')[n - 1] ?? '';

// Security Council committees named by the resolutions that set them up (src/organization/committees.ts), on the
// aligned dev-set lines that name them: the same committee in the five languages the capitalised grammars read,
// whatever the case (Russian) or the proclitic (Arabic) of the text.
describe('Security Council committees named by their resolutions', () => {
  const COMMITTEES: Array<[number, string, Record<string, string>]> = [
    [
      76,
      '2127 (2013)',
      {
        en: 'Security Council Committee established pursuant to resolution 2127 (2013)',
        fr: 'Comité du Conseil de sécurité créé par la résolution 2127 (2013)',
        es: 'Comité del Consejo de Seguridad establecido en virtud de la resolución 2127 (2013)',
        ru: 'Комитет Совета Безопасности, учрежденный резолюцией 2127 (2013)',
        ar: 'لجنة مجلس الأمن المنشأة عملا بالقرار 2127 (2013)',
      },
    ],
    [
      1886,
      '1737 (2006)',
      {
        en: 'Security Council Committee established pursuant to resolution 1737 (2006)',
        fr: 'Comité du Conseil de sécurité créé par la résolution 1737 (2006)',
        es: 'Comité del Consejo de Seguridad establecido en virtud de la resolución 1737 (2006)',
        ru: 'Комитет Совета Безопасности, учрежденный резолюцией 1737 (2006)',
        ar: 'لجنة مجلس الأمن المنشأة عملا بالقرار 1737 (2006)',
      },
    ],
    // Two resolutions, and each language's other way of introducing them: `the Committee pursuant to`, `faisant
    // suite aux`, `dimanante de`, `Комитетом, учрежденным` (instrumental, no Security Council), `المنبثقة عن`.
    [
      2713,
      '1267 (1999)',
      {
        en: 'Security Council Committee established pursuant to resolutions 1267 (1999) and 1989 (2011)',
        fr: 'Comité du Conseil de sécurité créé par les résolutions 1267 (1999) et 1989 (2011)',
        es: 'Comité del Consejo de Seguridad establecido en virtud de las resoluciones 1267 (1999) y 1989 (2011)',
        ru: 'Комитет Совета Безопасности, учрежденный резолюциями 1267 (1999) и 1989 (2011)',
        ar: 'لجنة مجلس الأمن المنشأة عملا بالقرارين 1267 (1999) و 1989 (2011)',
      },
    ],
  ];

  it.each(COMMITTEES)('names the committee of line %i (resolution %s) in five languages', (n, _ref, names) => {
    for (const [lang, name] of Object.entries(names)) {
      const text = line(lang, n);
      const found = bodies(text, lang);
      expectOffsets(text, found);
      const committee = found.find((b) => b.name === name);
      expect(committee, `${lang}: ${JSON.stringify(found.map((b) => b.name))}`).toBeDefined();
      // The phrase ends with its last resolution; no shorter find (`Security Council Committee`) is left inside.
      expect(committee?.text.endsWith(')')).toBe(true);
      expect(
        found.filter((b) => b !== committee && b.start < (committee?.end ?? 0) && b.end > (committee?.start ?? 0)),
      ).toEqual([]);
    }
  });

  it('gives one name to the ways English introduces the same committee', () => {
    for (const text of [
      'the Security Council Committee established pursuant to resolution 724 (1991) concerning Yugoslavia',
      'the Committee established by resolution 724(1991)',
      'the Security Council Committee established by Security Council resolution 724 (1991)',
      'the Committee set up under\nresolution 724 (1991)',
      // A PDF's line broken inside the reference (the Arabic PDF of the reader tests breaks `2127 (\n2013)`).
      'the Committee established pursuant to resolution 724 (\n1991)',
    ])
      expect(bodies(text, 'en').map((b) => b.name)).toEqual([
        'Security Council Committee established pursuant to resolution 724 (1991)',
      ]);
  });

  it('leaves a committee that has a name of its own with it (`Counter-Terrorism Committee established …`)', () => {
    expect(
      bodies('the Counter-Terrorism Committee established pursuant to resolution 1373 (2001)', 'en').map((b) => b.name),
    ).toEqual(['Counter-Terrorism Committee']);
  });

  it('across the 902 resolutions: the sanctions committees of the 1960s to the 1990s, each under one name', () => {
    const dir = corpusPath('cr-unsc-resolutions-en');
    const counts = new Map<string, number>();
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      for (const b of bodies(corpusText(`cr-unsc-resolutions-en/${f}`), 'en'))
        if (b.name.startsWith('Security Council Committee established'))
          counts.set(b.name, (counts.get(b.name) ?? 0) + 1);
    }
    // Southern Rhodesia (253), South Africa (421), Iraq and Kuwait (661), Yugoslavia (724). (The body resolution 276
    // (1970) set up is the Ad Hoc Sub-Committee on Namibia, read by its own name: `the Ad Hoc Sub-Committee
    // established in pursuance of Security Council resolution 276 (1970)`.)
    expect([...counts.keys()].sort()).toEqual([
      'Security Council Committee established pursuant to resolution 253 (1968)',
      'Security Council Committee established pursuant to resolution 421 (1977)',
      'Security Council Committee established pursuant to resolution 661 (1990)',
      'Security Council Committee established pursuant to resolution 724 (1991)',
    ]);
    expect(counts.get('Security Council Committee established pursuant to resolution 724 (1991)')).toBe(20);
    const namibia = bodies(corpusText('cr-unsc-resolutions-en/S_RES_0284_1970_EN_GOLD.txt'), 'en');
    expect(namibia.map((b) => b.name)).toContain('Ad Hoc Sub-Committee');
  });
});

// Committees called by the number of their resolution (`the 1540 Committee`, `Comité 1267`, `1540委员会`): the
// committee the document names in full with that resolution, and a short form of it; a name of their own otherwise.
describe('Security Council committees called by a number', () => {
  it('reads the 661 Committee of resolution 1454 (2002) as the committee the resolution names in full', () => {
    const text = corpusText('cr-unsc-resolutions-en/S_RES_1454_2002_EN_GOLD.txt');
    const full = 'Security Council Committee established pursuant to resolution 661 (1990)';
    const found = bodies(text, 'en');
    expectOffsets(text, found);
    const numbered = found.filter((b) => /^661\sCommittee$/.test(b.text));
    // 19 uses, six of them broken by the PDF's line ends (`661\nCommittee`)
    expect(numbered).toHaveLength(19);
    expect(numbered.filter((b) => b.text.includes('\n'))).toHaveLength(6);
    expect(new Set(numbered.map((b) => b.name))).toEqual(new Set([full]));
    expect(pairs(text, 'en').filter((p) => p.short === '661 Committee')).toEqual([
      expect.objectContaining({ long: full, confidence: 0.8, start: numbered[0]?.start }),
    ]);
  });

  it('gives a committee the document does not name in full a name of its own (dev-set line 1635)', () => {
    const en = line('en', 1635);
    const zh = line('zh', 1635);
    expect(
      bodies(en, 'en')
        .filter((b) => b.name === '1591 Committee')
        .map((b) => b.text),
    ).toEqual(['1591 committee']);
    expect(
      bodies(zh, 'zh')
        .filter((b) => b.name === '1591委员会')
        .map((b) => b.text),
    ).toEqual(['1591委员会']);
    // no short form of a committee it does not name
    expect(pairs(en, 'en').filter((p) => p.short.includes('1591'))).toEqual([]);
    expect(pairs(zh, 'zh').filter((p) => p.short.includes('1591'))).toEqual([]);
  });

  // The UN's own wording (the 1540 Committee's reports and the General Assembly's resolutions on it), in each language.
  it.each([
    [
      'en',
      'The Security Council Committee established pursuant to resolution 1540 (2004) (the 1540 Committee) met. The 1540 Committee and the 1267 Committee reported.',
      'Security Council Committee established pursuant to resolution 1540 (2004)',
      '1540 Committee',
      '1267 Committee',
    ],
    [
      'fr',
      "Le Comité du Conseil de sécurité créé par la résolution 1540 (2004) (Comité 1540) s'est réuni. Le Comité 1540 et le Comité 1267 ont fait rapport.",
      'Comité du Conseil de sécurité créé par la résolution 1540 (2004)',
      'Comité 1540',
      'Comité 1267',
    ],
    [
      'es',
      'El Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004) (Comité 1540) se reunió. El Comité 1540 y el Comité 1267 informaron.',
      'Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004)',
      'Comité 1540',
      'Comité 1267',
    ],
    [
      'ru',
      'Комитет Совета Безопасности, учрежденный резолюцией 1540 (2004) (Комитет 1540), провел заседание. Комитет 1540 и Комитет 1267 представили доклады.',
      'Комитет Совета Безопасности, учрежденный резолюцией 1540 (2004)',
      'Комитет 1540',
      'Комитет 1267',
    ],
    [
      'ar',
      'عقدت لجنة مجلس الأمن المنشأة عملا بالقرار 1540 (2004) (لجنة 1540) اجتماعا. وقدمت لجنة 1540 واللجنة 1267 تقارير.',
      'لجنة مجلس الأمن المنشأة عملا بالقرار 1540 (2004)',
      'لجنة 1540',
      'لجنة 1267',
    ],
    [
      'zh',
      '安全理事会第1540(2004)号决议所设委员会(1540委员会)举行会议。1540委员会和1267委员会提交了报告。',
      '安全理事会第1540(2004)号决议所设委员会',
      '1540委员会',
      '1267委员会',
    ],
  ])(
    '%s: a short name introduced in brackets after the committee, and one for a committee not named',
    (lang, text, full, short, other) => {
      const found = bodies(text, lang);
      expectOffsets(text, found);
      expect(found.map((b) => b.name)).toEqual([full, full, full, other]);
      const pair = pairs(text, lang).find((p) => p.long === full);
      expect(pair).toMatchObject({ short, confidence: 1, start: found[0]?.start });
      // the pair covers the committee and its short name, brackets closed
      expect(pair?.text.endsWith(')')).toBe(true);
      expect(pairs(text, lang).filter((p) => p.long === other || p.short.includes('1267'))).toEqual([]);
    },
  );

  it('leaves a resolution with its year to the resolution finder (`Comité 1540 (2004)` is no short name)', () => {
    expect(bodies('le Comité 1540 (2004)', 'fr').map((b) => b.name)).not.toContain('Comité 1540');
  });
});
