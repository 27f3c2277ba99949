import { z } from 'zod';

/** One word of a jieba user dictionary: the word, an optional frequency and an optional part-of-speech tag. */
export const DictEntrySchema = z.object({
  word: z.string().regex(/^[^\s|;#]+$/u, 'a word has no white space and no | ; or #'),
  freq: z.number().int().positive().optional(),
  tag: z
    .string()
    .regex(/^[a-z]{1,5}$/, 'a tag is 1-5 lower-case letters of the jieba tagset (nt, nz, n, v…)')
    .optional(),
});
export type DictEntry = z.infer<typeof DictEntrySchema>;

export class DictionaryError extends Error {}

/**
 * Parse a user dictionary: one word a line as `word [freq] [tag]`, fields separated by tabs or spaces
 * (jieba's own format, or untk's TSV). Blank lines and `#` comments are skipped; a bad line
 * throws a DictionaryError naming the file and line.
 */
export function parseDictionary(text: string, source: string): DictEntry[] {
  const entries: DictEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    // A `#` starts a comment (words never contain one).
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    // untk's TSV (word, freq, tag; empty fields allowed) when there is a tab, else jieba's space-separated form.
    const fields = line.includes('\t') ? line.split('\t').map((f) => f.trim()) : line.split(/ +/);
    while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
    if (fields.length > 3)
      throw new DictionaryError(`${source}:${i + 1}: expected "word [freq] [tag]", got ${fields.length} fields`);
    const [word, second, third] = fields.map((f) => (f === '' ? undefined : f));
    let freq: number | undefined;
    let tag: string | undefined;
    if (second !== undefined && /^\d+$/.test(second)) {
      freq = Number(second);
      tag = third;
    } else if (third === undefined || second === undefined) {
      tag = second ?? third;
    } else {
      throw new DictionaryError(`${source}:${i + 1}: the second field must be a frequency (a whole number)`);
    }
    const parsed = DictEntrySchema.safeParse({
      word,
      ...(freq !== undefined ? { freq } : {}),
      ...(tag !== undefined ? { tag } : {}),
    });
    if (!parsed.success)
      throw new DictionaryError(`${source}:${i + 1}: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`);
    entries.push(parsed.data);
  });
  return entries;
}

/** Write entries in jieba's user-dictionary format (no comments: cppjieba reads every line as a word). */
export function toJiebaFormat(entries: readonly DictEntry[]): string {
  return entries
    .map((e) =>
      e.freq !== undefined
        ? `${e.word} ${e.freq} ${e.tag ?? 'x'}`
        : e.tag !== undefined
          ? `${e.word} ${e.tag}`
          : e.word,
    )
    .join('\n')
    .concat('\n');
}
