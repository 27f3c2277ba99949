import { z } from 'zod';
import { ENTITY_KINDS } from './entity.js';
import { LangTagSchema } from './lang.js';

export const INPUT_ERROR_CODES = [
  'not-found',
  'permission',
  'not-a-file',
  'empty',
  'binary',
  'encoding',
  'unsupported',
  'too-large',
  'corrupt',
  'encrypted',
  'io',
] as const;

/** A problem with one input: the run goes on without it and says so. */
export const InputErrorSchema = z
  .object({
    source: z.string().describe('the file (or "-") that could not be used'),
    code: z.enum(INPUT_ERROR_CODES),
    message: z.string().describe('what is wrong, in a sentence a person can act on'),
  })
  .meta({ id: 'InputError' });
export type InputError = z.infer<typeof InputErrorSchema>;

const KindCountsSchema = z.record(z.enum(ENTITY_KINDS), z.number().int().nonnegative());

export const DocumentSummarySchema = z
  .object({
    id: z.string(),
    source: z.string(),
    lang: LangTagSchema,
    characters: z.number().int().nonnegative(),
    tokens: z.number().int().nonnegative(),
    folder: z.string().describe('dirname of the id, "." at the top of an input'),
    year: z
      .number()
      .int()
      .nullable()
      .describe('a year standing alone in the file name, else the year of the first date mentioned, else null'),
    entities: KindCountsSchema,
  })
  .meta({ id: 'DocumentSummary' });
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** How often one entity identity occurs, with the surface forms it took. */
export const FrequencyRowSchema = z
  .object({
    kind: z.enum(ENTITY_KINDS),
    key: z.string().describe('canonical identity, see entityKey()'),
    count: z.number().int().positive(),
    documents: z.number().int().positive().describe('number of documents that mention it'),
    perMillion: z
      .number()
      .nonnegative()
      .nullable()
      .describe('occurrences per million word tokens; null without tokens'),
    dispersion: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe("Gries' DP over the documents: 0 evenly spread, near 1 concentrated; null without tokens"),
    surfaces: z.array(z.object({ text: z.string(), count: z.number().int().positive() })),
  })
  .meta({ id: 'FrequencyRow' });
export type FrequencyRow = z.infer<typeof FrequencyRowSchema>;

export const ITEM_KINDS = [...ENTITY_KINDS, 'word'] as const;

/** How often an item (an entity identity or a word) occurs in a set of documents. */
export const ItemFrequencySchema = z
  .object({
    kind: z.enum(ITEM_KINDS),
    key: z.string(),
    count: z.number().int().positive(),
    perMillion: z.number().nonnegative().nullable(),
    documents: z.number().int().positive(),
    dispersion: z.number().min(0).max(1).nullable(),
  })
  .meta({ id: 'ItemFrequency' });

/** The documents of one folder, language or year, and what is most frequent in them. */
export const GroupSchema = z
  .object({
    by: z.enum(['folder', 'lang', 'year']),
    value: z.string(),
    documents: z.number().int().positive(),
    tokens: z.number().int().nonnegative(),
    top: z.array(ItemFrequencySchema).describe('the most frequent entities, then the most frequent words'),
  })
  .meta({ id: 'Group' });

const ItemRefSchema = z.object({ kind: z.enum(ITEM_KINDS), key: z.string(), frequency: z.number().int().positive() });

/** Two items seen in the same units, with association measures (formulas in the README). */
export const PairSchema = z
  .object({
    a: ItemRefSchema,
    b: ItemRefSchema,
    observed: z.number().int().positive(),
    expected: z.number().nonnegative(),
    pmi: z.number(),
    npmi: z.number(),
    logDice: z.number(),
    mi3: z.number(),
    tScore: z.number(),
    g2: z.number().describe('signed four-term log-likelihood (Dunning)'),
    jaccard: z.number().min(0).max(1),
  })
  .meta({ id: 'Pair' });

/** Units within which items co-occur: a sentence, a paragraph, a document, or a window of consecutive tokens. */
export const COOCCURRENCE_UNITS = ['sentence', 'paragraph', 'document', 'window'] as const;

export const CooccurrenceSchema = z
  .object({
    unit: z.enum(COOCCURRENCE_UNITS),
    window: z.number().int().positive().optional().describe('for unit "window": its size in word tokens'),
    units: z.number().int().nonnegative().describe('N: units counted'),
    minPair: z.number().int().positive(),
    minItem: z.number().int().positive(),
    pairs: z.number().int().nonnegative().describe('pairs passing the filters (all are in cooccurrence.csv)'),
    top: z.array(PairSchema).describe('the strongest pairs by G²'),
  })
  .meta({ id: 'Cooccurrence' });

export const CommunitySchema = z
  .object({
    id: z.number().int().positive(),
    size: z.number().int().positive(),
    members: z.array(z.string()).describe('node ids (kind:key), most frequent first, at most 10'),
  })
  .meta({ id: 'Community' });

/** What `untk report` writes as report.json. */
export const ReportSchema = z
  .object({
    tool: z.literal('untk'),
    schemaVersion: z.literal(1),
    corpus: z.object({
      documents: z.number().int().nonnegative(),
      characters: z.number().int().nonnegative(),
      tokens: z.number().int().nonnegative().describe('word tokens (holding a letter or digit), stop words included'),
      entities: z.number().int().nonnegative(),
      languages: z.record(z.string(), z.number().int().nonnegative()),
    }),
    documents: z.array(DocumentSummarySchema),
    frequency: z.array(FrequencyRowSchema),
    words: z.array(ItemFrequencySchema).describe('the most frequent words, stop words left out'),
    groups: z.array(GroupSchema),
    months: z
      .array(
        z.object({ month: z.string(), count: z.number().int().positive(), documents: z.number().int().positive() }),
      )
      .describe('date mentions per calendar month (month or day precision; intervals at their start)'),
    cooccurrence: z.array(CooccurrenceSchema),
    network: z.object({
      unit: z.enum(COOCCURRENCE_UNITS),
      nodes: z.number().int().nonnegative(),
      edges: z.number().int().nonnegative(),
      modularity: z.number(),
      communities: z.array(CommunitySchema),
    }),
    errors: z.array(InputErrorSchema),
  })
  .meta({ id: 'Report' });
export type Report = z.infer<typeof ReportSchema>;
export type ItemFrequencyRow = z.infer<typeof ItemFrequencySchema>;
export type Group = z.infer<typeof GroupSchema>;
export type Pair = z.infer<typeof PairSchema>;
export type Cooccurrence = z.infer<typeof CooccurrenceSchema>;
export type Community = z.infer<typeof CommunitySchema>;
