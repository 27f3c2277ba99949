import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import {
  DocumentSchema,
  EntitySchema,
  entityKey,
  outputJsonSchemas,
  ReportSchema,
  SegmentSchema,
} from '../src/index.js';

const entities = [
  {
    doc: 'd',
    kind: 'resolution',
    text: '第 1373(2001)号决议',
    start: 3,
    end: 18,
    lang: 'zh',
    number: 1373,
    year: 2001,
  },
  {
    doc: 'd',
    kind: 'resolution',
    text: 'paragraph 22 of resolution 2322 (2016)',
    start: 0,
    end: 38,
    lang: 'en',
    number: 2322,
    year: 2016,
    paragraph: 22,
  },
  { doc: 'd', kind: 'symbol', text: 'S/2017/97', start: 5, end: 14, lang: 'zh', symbol: 'S/2017/97' },
  { doc: 'd', kind: 'date', text: '2017 年 6 月', start: 1, end: 10, lang: 'zh', value: '2017-06', precision: 'month' },
  { doc: 'd', kind: 'date', text: 'x', start: 1, end: 2, lang: 'en', value: '2016-12-13/2017-12-12' },
  {
    doc: 'd',
    kind: 'date',
    text: 'since April 2017',
    start: 1,
    end: 17,
    lang: 'en',
    value: '2017-04/..',
    modifier: 'since',
  },
  { doc: 'd', kind: 'organization', text: '国际刑警组织', start: 0, end: 6, lang: 'zh', name: '国际刑事警察组织' },
  {
    doc: 'd',
    kind: 'acronym',
    text: 'CTED',
    start: 0,
    end: 4,
    lang: 'en',
    long: 'Counter-Terrorism Committee Executive Directorate',
    short: 'CTED',
    confidence: 1,
  },
] as const;

describe('Entity schema', () => {
  it.each(entities.map((e) => [e.kind, e] as const))('round-trips a %s entity through JSON', (_kind, e) => {
    const parsed = EntitySchema.parse(JSON.parse(JSON.stringify(e)));
    expect(parsed).toEqual(e);
  });

  it.each([
    ['an unknown kind', { ...entities[0], kind: 'person' }],
    ['a negative offset', { ...entities[0], start: -1 }],
    ['an end before the start', { ...entities[0], start: 10, end: 2 }],
    ['a resolution without a year', { ...entities[0], year: undefined }],
    ['a non-ISO date', { ...entities[3], value: '12/06/2017' }],
    ['an interval open at both ends', { ...entities[3], value: '../..' }],
    ['a month 2017-6', { ...entities[3], value: '2017-6' }],
    ['a language that is not a BCP 47 tag', { ...entities[0], lang: 'Chinese!' }],
    ['a symbol entity without its symbol', { ...entities[2], symbol: undefined }],
  ])('rejects %s', (_what, e) => {
    expect(EntitySchema.safeParse(e).success).toBe(false);
  });

  it('keys entities by canonical identity, the same across languages', () => {
    expect(entityKey(EntitySchema.parse(entities[0]))).toBe('1373 (2001)');
    expect(entityKey(EntitySchema.parse({ ...entities[1], number: 1373, year: 2001 }))).toBe('1373 (2001)');
    expect(entityKey(EntitySchema.parse(entities[4]))).toBe('2016-12-13/2017-12-12');
  });
});

describe('Document, Segment and Report schemas', () => {
  it('round-trip', () => {
    const doc = { id: 'seed.txt', source: 'corpus/seed/seed.txt', lang: 'zh-Hans', text: '第 1373(2001)号决议' };
    expect(DocumentSchema.parse(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    const seg = { kind: 'token', start: 0, end: 2, text: '决议', tag: 'n' };
    expect(SegmentSchema.parse(seg)).toEqual(seg);
    const report = {
      tool: 'untk',
      schemaVersion: 1,
      corpus: { documents: 1, characters: 10, tokens: 4, entities: 1, languages: { zh: 1 } },
      documents: [
        {
          id: 'a',
          source: 'a',
          lang: 'zh',
          characters: 10,
          tokens: 4,
          folder: '.',
          year: null,
          entities: { resolution: 1, symbol: 0, date: 0, organization: 0, acronym: 0 },
        },
      ],
      frequency: [
        {
          kind: 'resolution',
          key: '1373 (2001)',
          count: 1,
          documents: 1,
          perMillion: 250000,
          dispersion: 0,
          surfaces: [{ text: 'x', count: 1 }],
        },
      ],
      words: [],
      groups: [],
      months: [],
      cooccurrence: [],
      network: { unit: 'paragraph', nodes: 0, edges: 0, modularity: 0, communities: [] },
      errors: [{ source: 'b.txt', code: 'empty', message: 'the file is empty' }],
    };
    expect(ReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
    expect(ReportSchema.safeParse({ ...report, errors: [{ source: 'b', code: 'oops', message: '' }] }).success).toBe(
      false,
    );
  });
});

describe('published JSON Schemas', () => {
  it('are the ones generated from the zod schemas (run `pnpm run schema` after changing a schema)', () => {
    for (const [file, schema] of Object.entries(outputJsonSchemas())) {
      const committed = JSON.parse(readFileSync(new URL(`../../../schema/${file}`, import.meta.url), 'utf8'));
      expect(committed, file).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it('describe every entity kind', () => {
    const text = JSON.stringify(outputJsonSchemas()['entity.schema.json']);
    for (const kind of core.ENTITY_KINDS) expect(text).toContain(`"const":"${kind}"`);
  });
});

describe('public API', () => {
  it('exports exactly the intended names', () => {
    expect(Object.keys(core).sort()).toEqual(
      [
        'AcronymEntitySchema',
        'COOCCURRENCE_UNITS',
        'CommunitySchema',
        'CooccurrenceSchema',
        'GroupSchema',
        'ITEM_KINDS',
        'ItemFrequencySchema',
        'PairSchema',
        'DATE_MODIFIERS',
        'DATE_PRECISIONS',
        'DateEntitySchema',
        'DocumentSchema',
        'DocumentSummarySchema',
        'ENTITY_KINDS',
        'EntitySchema',
        'FrequencyRowSchema',
        'INPUT_ERROR_CODES',
        'InputErrorSchema',
        'IsoDateValueSchema',
        'LangTagSchema',
        'NormalizedTextBuilder',
        'OrganizationEntitySchema',
        'ReportSchema',
        'ResolutionEntitySchema',
        'SEGMENT_KINDS',
        'SegmentSchema',
        'SpanSchema',
        'SymbolEntitySchema',
        'UN_LANGS',
        'UnLangSchema',
        'compareEntities',
        'compareStrings',
        'entityKey',
        'isUnLang',
        'outputJsonSchemas',
        'toOriginal',
        'unLangOf',
      ].sort(),
    );
  });
});
