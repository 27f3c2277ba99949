import { z } from 'zod';
import { DocumentSchema } from './document.js';
import { EntitySchema } from './entity.js';
import { ReportSchema } from './report.js';
import { SegmentSchema } from './segment.js';

/** JSON Schemas (draft 2020-12) of what the CLI writes, keyed by file name under `schema/`. */
export function outputJsonSchemas(): Record<string, unknown> {
  const gen = (schema: z.ZodType, title: string, description: string) => ({
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }),
    title,
    description,
  });
  return {
    'entity.schema.json': gen(
      EntitySchema,
      'untk entity',
      'One line of `untk extract --format jsonl`; the items of `--format json`.',
    ),
    'document.schema.json': gen(DocumentSchema, 'untk document', 'A decoded input document.'),
    'segment.schema.json': gen(SegmentSchema, 'untk segment', 'One line of `untk segment --format jsonl`.'),
    'report.schema.json': gen(ReportSchema, 'untk report', 'The report.json that `untk report` writes.'),
  };
}
