import { z } from 'zod';
import { LangTagSchema } from './lang.js';

/** One input document after decoding: the text is kept exactly as decoded; every offset points into it. */
export const DocumentSchema = z
  .object({
    id: z.string().min(1).describe('stable identifier, by default the path relative to the input root'),
    source: z.string().describe('where the text came from: a file path, or "-" for standard input'),
    lang: LangTagSchema,
    text: z.string().describe('the original decoded text'),
  })
  .meta({ id: 'Document' });
export type Document = z.infer<typeof DocumentSchema>;
