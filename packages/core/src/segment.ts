import { z } from 'zod';

export const SEGMENT_KINDS = ['paragraph', 'heading', 'sentence', 'token'] as const;

/** A piece of a document: paragraph, heading, sentence or token, with offsets into the original text. */
export const SegmentSchema = z
  .object({
    kind: z.enum(SEGMENT_KINDS),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string().describe('the normalised text of the segment'),
    tag: z.string().optional().describe('part-of-speech tag for tokens (jieba tagset for Chinese)'),
  })
  .meta({ id: 'Segment' });
export type Segment = z.infer<typeof SegmentSchema>;
