import { z } from 'zod';

/**
 * A half-open range of UTF-16 code-unit offsets into a document's original text:
 * `text.slice(start, end)` is the span's text.
 */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'span end must not precede its start' })
  .meta({ id: 'Span' });
export type Span = z.infer<typeof SpanSchema>;
