import { describe, expect, it } from 'vitest';
import { UN_LANGS, type AcronymEntity, type Document, type OrganizationEntity } from '@untk/core';
import { normalize } from '@untk/segmentation';
import { corpusText, seedText } from '../../../test/support/corpus.js';
import { extract } from '../src/extract.js';
import { allGazetteers, orderedContainment, parseGazetteer, schwartzHearstStart } from '../src/index.js';
import { expectOffsets } from './helpers.js';

describe('Schwartz–Hearst', () => {
  it.each([
    ['UNODC', 'the United Nations Office on Drugs and Crime', 4],
    ['FISNUA', 'la Force intérimaire de sécurité des Nations Unies pour Abyei', 3],
    ['PNUD', 'le Programme des Nations Unies pour le développement', 3],
    ['ASEAN', 'Member States of the Association of Southeast Asian Nations', 21],
    ['CTED', 'the Counter-Terrorism Committee Executive Directorate', 4],
    ['ПРООН', 'Программа развития Организации Объединенных Наций', 0],
    ['UNISFA', 'Fuerza Provisional de Seguridad de las Naciones Unidas para Abyei', -1],
    ['Brazil', 'Victor Lopes', -1],
  ])('%s in "%s" starts at %i', (short, long, at) => {
    expect(schwartzHearstStart(short, long)).toBe(at);
  });
});

describe('ordered containment', () => {
  it.each([
    ['反恐执行局', '反恐怖主义委员会执行局', true, true],
    ['安理会', '安全理事会', true, true],
    ['欧亚工作组', '欧亚反洗钱和打击资助恐怖主义行为工作组', true, true],
    ['刑警组织', '国际刑事警察组织', true, false],
    ['刑警组织', '国际刑事警察组织', false, true],
    ['海牙', '国际反恐中心', false, false],
    ['安全理事会', '安全理事会', true, false],
  ])('%s in %s (first character must match: %s) → %s', (short, long, sameFirst, expected) => {
    expect(orderedContainment(short, long, sameFirst)).toBe(expected);
  });
});

describe('gazetteers', () => {
  it('load and validate for every UN language, each form once', () => {
    const all = allGazetteers();
    for (const lang of UN_LANGS) expect(all[lang].rows.length).toBeGreaterThan(0);
    expect(all.zh.byKey.get('反恐执行局')?.canonical).toBe('反恐怖主义委员会执行局');
    expect(all.fr.byKey.get('FISNUA')?.canonical).toBe('Force intérimaire de sécurité des Nations Unies pour Abyei');
  });

  it.each([
    ['a bad type', 'canonical\tform\ttype\tsource\nX\tX\tlong\tseed\n'],
    ['an unknown source', 'canonical\tform\ttype\tsource\nX\tX\tfull\twikipedia\n'],
    ['a form listed twice', 'canonical\tform\ttype\tsource\nX\tX\tfull\tseed\nY\tX\tshort\tseed\n'],
    ['no header', 'X\tX\tfull\tseed\n'],
  ])('reject %s', (_what, tsv) => {
    expect(() => parseGazetteer('en', tsv)).toThrow();
  });
});

describe('jieba `nt` tokens, when the caller passes them', () => {
  const text = seedText();
  const doc: Document = { id: 'seed', source: 'seed', lang: 'zh', text };
  const norm = normalize(text);
  const nt = (word: string, from = 0) => {
    const at = text.indexOf(word, from);
    return { kind: 'token' as const, start: at, end: at + word.length, text: word, tag: 'nt' };
  };
  const orgsOf = (tokens?: Array<ReturnType<typeof nt>>) =>
    extract(doc, norm, { kinds: ['organization'], ...(tokens ? { tokens } : {}) }) as OrganizationEntity[];

  it('confirms a name with a weak head that the grammar alone drops, with the token as its left boundary', () => {
    // 萨赫勒地区最高法院法官: 法院 is a weak head, so the grammar keeps nothing without more evidence.
    const token = nt('最高法院');
    expect(orgsOf().some((o) => o.text.includes('最高法院'))).toBe(false);
    expect(orgsOf([token]).find((o) => o.text.includes('最高法院'))).toMatchObject({
      start: token.start,
      end: token.end,
      name: '最高法院',
    });
  });

  it('adds no body for an nt token without a head (jieba also tags 通报会 and 海关执法网 nt)', () => {
    expect(orgsOf([nt('通报会'), nt('海关执法网')])).toEqual(orgsOf());
  });

  it('ignores tokens with other tags', () => {
    expect(orgsOf([{ ...nt('最高法院'), tag: 'n' }])).toEqual(orgsOf());
  });
});

describe('offsets of every organisation and acronym in the six dev-set files', () => {
  it.each(UN_LANGS.map((l) => [l]))('%s', (lang) => {
    const text = corpusText(`unpc-devset/UNv1.0.devset.${lang}`);
    const doc: Document = { id: lang, source: lang, lang, text };
    const found = extract(doc, normalize(text), { kinds: ['organization', 'acronym'] });
    expect(found.length).toBeGreaterThan(50);
    expectOffsets(text, found);
    for (const a of found.filter((e): e is AcronymEntity => e.kind === 'acronym')) {
      expect(a.confidence).toBeGreaterThan(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('long forms read before letters of another language (French, Spanish dev set)', () => {
  it.each([
    ['es', 'UNOCA', 'Oficina de las Naciones Unidas para África Central'],
    ['es', 'LRA', 'Ejército de Resistencia del Señor'],
  ])('%s: %s is the body named before it, not the clause around it', (lang, short, long) => {
    const text = corpusText(`unpc-devset/UNv1.0.devset.${lang}`);
    const doc: Document = { id: lang, source: lang, lang, text };
    const pairs = extract(doc, normalize(text), { kinds: ['acronym'] }).filter(
      (e): e is AcronymEntity => e.kind === 'acronym',
    );
    expect(pairs.filter((a) => a.short === short).map((a) => a.long)).toContain(long);
    // No long form reaches back over `que`, `grâce`, `sa`: a name holds no clause.
    expect(pairs.filter((a) => / (?:que|grâce|sa|su) /u.test(a.long)).map((a) => a.long)).toEqual([]);
  });
});

describe('the edges of French, Spanish and Russian long forms (dev set)', () => {
  const pairsOf = (lang: string): AcronymEntity[] => {
    const text = corpusText(`unpc-devset/UNv1.0.devset.${lang}`);
    const doc: Document = { id: lang, source: lang, lang, text };
    return extract(doc, normalize(text), { kinds: ['acronym'] }).filter(
      (e): e is AcronymEntity => e.kind === 'acronym',
    );
  };
  const byLang = new Map(['fr', 'es', 'ru'].map((l) => [l, pairsOf(l)]));
  const en = pairsOf('en');

  it("a short form the gazetteer knows, read out of the end of a longer name, is the inner body's (OAS, OSCE)", () => {
    const ru = byLang.get('ru')!;
    expect(ru.filter((a) => a.short === 'ОАГ').map((a) => [a.text, a.long])).toEqual([
      ['Организации американских государств (ОАГ)', 'Организация американских государств'],
    ]);
    expect(
      ru.find((a) => a.text.startsWith('Организации по безопасности и сотрудничеству в Европе (ОБСЕ)'))?.long,
    ).toBe('Организация по безопасности и сотрудничеству в Европе');
    // English reads the OAS's letters out of `of American States`; the gazetteer's form at the end names the body.
    const text = 'The General Assembly of the Organization of American States (OAS) adopted it. The OAS met.';
    const found = extract({ id: 'oas', source: 'oas', lang: 'en', text }, normalize(text));
    expectOffsets(text, found);
    expect(found.map((e) => [e.kind, e.text, e.kind === 'acronym' ? e.long : (e as OrganizationEntity).name])).toEqual([
      [
        'organization',
        'General Assembly of the Organization of American States',
        'General Assembly of the Organization of American States',
      ],
      ['acronym', 'Organization of American States (OAS)', 'Organization of American States'],
      ['organization', 'OAS', 'Organization of American States'],
      ['organization', 'OAS', 'Organization of American States'],
    ]);
  });

  it('en: a quoted name leaves out the words before its quotation mark; `its Mission (ECOMIB)` names nothing', () => {
    expect(en.filter((a) => a.short === 'SAMOA').map((a) => a.long)).toEqual(['SIDS Accelerated Modalities of Action']);
    // The line: `… in Guinea-Bissau, namely through the activities of its Mission (ECOMIB)`; es `su Misión (ECOMIB)`,
    // ru `своей Миссии (ЭКОМИБ)`.
    expect(en.filter((a) => a.short === 'ECOMIB')).toEqual([]);
    expect(byLang.get('es')!.filter((a) => a.short === 'ECOMIB')).toEqual([]);
    expect(byLang.get('ru')!.filter((a) => a.short === 'ЭКОМИБ')).toEqual([]);
    // A quotation inside a name stays.
    expect(
      byLang
        .get('ru')!
        .filter((a) => a.short === 'АКАП')
        .map((a) => a.long),
    ).toEqual(['организация <<Аль-Каида>> на Аравийском полуострове']);
  });

  it.each([
    // the letters read after the head word: the name starts at it
    ['fr', 'MINUSMA', 'Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali'],
    ['es', 'MINUSMA', 'Misión Multidimensional Integrada de Estabilización de las Naciones Unidas en Malí'],
    // an elided article before the name
    ['fr', 'ASEAN', "Association des nations de l'Asie du Sud-Est"],
    ['fr', 'OMS', 'Organisation mondiale de la Santé'],
    // a name in quotation marks
    ['fr', 'FDLR', 'Forces démocratiques de libération du Rwanda'],
    ['es', 'FDLR', 'Fuerzas Democráticas de Liberación de Rwanda'],
    // not back over a clause's verb (`В связи с этим Комитет рекомендовал Региональному отделению …`), in the nominative
    ['ru', 'ЮНОЦА', 'Региональное отделение Организации Объединенных Наций для Центральной Африки'],
  ])('%s: %s is %s', (lang, short, long) => {
    const longs = byLang
      .get(lang)!
      .filter((a) => a.short === short)
      .map((a) => a.long);
    expect(longs.length).toBeGreaterThan(0);
    expect([...new Set(longs)]).toEqual([long]);
  });

  it('no long form opens with an elided article or a quotation mark, or ends with one, and none is a head word alone', () => {
    for (const [lang, pairs] of byLang) {
      expect(
        pairs.filter((a) => /^(?:[ld]['’]|<<|«|")|(?:>>|»|")$/u.test(a.long)).map((a) => a.long),
        lang,
      ).toEqual([]);
      // `su Misión (ECOMIB)`, `своей Миссии (ЭКОМИБ)`: its mission, no name.
      expect(
        pairs.filter((a) => !a.long.includes(' ')).map((a) => a.long),
        lang,
      ).toEqual([]);
    }
  });
});
