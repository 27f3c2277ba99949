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
    surfaces: z.array(z.object({ text: z.string(), count: z.number().int().positive() })),
  })
  .meta({ id: 'FrequencyRow' });
export type FrequencyRow = z.infer<typeof FrequencyRowSchema>;

/** What `untk report` writes as report.json. */
export const ReportSchema = z
  .object({
    tool: z.literal('untk'),
    schemaVersion: z.literal(1),
    corpus: z.object({
      documents: z.number().int().nonnegative(),
      characters: z.number().int().nonnegative(),
      entities: z.number().int().nonnegative(),
      languages: z.record(z.string(), z.number().int().nonnegative()),
    }),
    documents: z.array(DocumentSummarySchema),
    frequency: z.array(FrequencyRowSchema),
    errors: z.array(InputErrorSchema),
  })
  .meta({ id: 'Report' });
export type Report = z.infer<typeof ReportSchema>;
