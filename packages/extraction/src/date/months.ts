import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UN_LANGS, UnLangSchema, type UnLang } from '@untk/core';

/** One row of data/month-names.tsv. */
const MonthRowSchema = z.object({
  lang: UnLangSchema,
  month: z.coerce.number().int().min(1).max(12),
  form: z.string().min(1),
  note: z.string(),
});

/** Every written form of a month name, per language, mapped to its number (1-12); lower-cased keys. */
export type MonthTable = Record<UnLang, ReadonlyMap<string, number>>;

/** Parse the month-name table (TSV, `#` comments, a header line) and check every non-Chinese language has 12 months. */
export function parseMonthTable(tsv: string): MonthTable {
  const table = Object.fromEntries(UN_LANGS.map((l) => [l, new Map<string, number>()])) as Record<
    UnLang,
    Map<string, number>
  >;
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  for (const line of lines.slice(1)) {
    const [lang, month, form, note = ''] = line.split('\t');
    const row = MonthRowSchema.parse({ lang, month, form, note });
    table[row.lang].set(row.form.toLowerCase(), row.month);
  }
  for (const lang of UN_LANGS) {
    if (lang === 'zh') continue; // Chinese writes month numbers (`12 月`)
    const months = new Set(table[lang].values());
    if (months.size !== 12) throw new Error(`month-names.tsv: ${lang} has ${months.size} months, expected 12`);
  }
  return table;
}

const MONTHS_PATH = new URL('../../data/month-names.tsv', import.meta.url);

/** The month names of data/month-names.tsv, loaded once. */
export const MONTHS: MonthTable = parseMonthTable(readFileSync(MONTHS_PATH, 'utf8'));
