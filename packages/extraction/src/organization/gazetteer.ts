import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { UN_LANGS, unLangOf, type UnLang } from '@untk/core';

/** One row of a `data/organizations.<lang>.tsv` gazetteer. */
export const GazetteerRowSchema = z.object({
  canonical: z.string().min(1),
  form: z.string().min(1),
  type: z.enum(['full', 'short', 'alias']),
  source: z.enum(['seed', 'unpc-devset', 'cr-unsc', 'unterm']),
});
/**
 * A row, or (Arabic) a row's form with a proclitic joined to it (`clitic`: how many code units of the match are the
 * proclitic, which the mention leaves out).
 */
export type GazetteerRow = z.infer<typeof GazetteerRowSchema> & { readonly clitic?: number };

/** A gazetteer ready for matching: forms by their matching key, each with its canonical name and type. */
export interface Gazetteer {
  readonly lang: UnLang;
  readonly rows: readonly GazetteerRow[];
  /** Matching key (whitespace removed for Chinese, kept for others) → row. */
  readonly byKey: ReadonlyMap<string, GazetteerRow>;
  /** Canonical names the gazetteer knows. */
  readonly canonicals: ReadonlySet<string>;
  /** Longest key length, to bound the search. */
  readonly maxKeyLength: number;
}

/** Parse a gazetteer TSV: `#` comment lines, a header line, then one validated row per line. */
export function parseGazetteer(lang: UnLang, tsv: string): Gazetteer {
  const rows: GazetteerRow[] = [];
  const lines = tsv.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const [header, ...body] = lines;
  if (header !== 'canonical\tform\ttype\tsource') throw new Error(`organizations.${lang}.tsv: unexpected header`);
  for (const [i, line] of body.entries()) {
    const [canonical, form, type, source] = line.split('\t');
    const parsed = GazetteerRowSchema.safeParse({ canonical, form, type, source });
    if (!parsed.success) {
      throw new Error(`organizations.${lang}.tsv row ${i + 1}: ${z.prettifyError(parsed.error)}`);
    }
    rows.push(parsed.data);
  }
  const byKey = new Map<string, GazetteerRow>();
  let maxKeyLength = 0;
  for (const row of rows) {
    const key = gazetteerKey(lang, row.form);
    if (byKey.has(key)) throw new Error(`organizations.${lang}.tsv: form "${row.form}" is listed twice`);
    byKey.set(key, row);
    maxKeyLength = Math.max(maxKeyLength, key.length);
  }
  if (lang === 'ar') {
    for (const row of rows) {
      // Short forms in Arabic letters take proclitics too (`واليونيسيف`); those in Latin letters do not.
      if (row.type === 'short' && !/^[\u0621-\u064a]/.test(row.form)) continue;
      for (const [clitic, form] of withProclitics(row.form)) {
        if (byKey.has(form)) continue;
        // (A short form stays one with its proclitic: it is looked for where short forms are, `واليونيسيف` too.)
        byKey.set(form, { ...row, type: row.type === 'short' ? 'short' : 'alias', clitic: clitic.length });
        maxKeyLength = Math.max(maxKeyLength, form.length);
      }
    }
  }
  return { lang, rows, byKey, canonicals: new Set(rows.map((r) => r.canonical)), maxKeyLength };
}

// Arabic writes `و` (and), `ف` (so), `ب` (by, with) and `ل` (for, to) joined to the next word, alone or two together.
const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];

/**
 * An Arabic name with each proclitic joined to it, and the proclitic: `ومجلس الأمن`, `لمجلس الأمن`. After `ل` the
 * article's alef is not written: `للأمم المتحدة` (for the United Nations) is `ل` and `الأمم المتحدة`.
 */
function withProclitics(form: string): Array<[string, string]> {
  return PROCLITICS.map((c): [string, string] =>
    c.endsWith('ل') && form.startsWith('ال') ? [c, c + form.slice(1)] : [c, c + form],
  );
}

/** The key a form is matched under: Chinese ignores whitespace (PDF text spaces digits from Han characters). */
export function gazetteerKey(lang: UnLang, form: string): string {
  return lang === 'zh' ? form.replace(/\s+/g, '') : form;
}

const cache = new Map<UnLang, Gazetteer>();

/** The bundled gazetteer of a UN language (loaded once), or undefined for other languages. */
export function gazetteerFor(langTag: string): Gazetteer | undefined {
  const lang = unLangOf(langTag);
  if (!lang) return undefined;
  let g = cache.get(lang);
  if (!g) {
    // src/organization/ and dist/organization/ are both two levels below the package's data/ folder.
    const file = new URL(`../../data/organizations.${lang}.tsv`, import.meta.url);
    g = parseGazetteer(lang, readFileSync(file, 'utf8'));
    cache.set(lang, g);
  }
  return g;
}

/** Every bundled gazetteer, one per UN language. */
export function allGazetteers(): Record<UnLang, Gazetteer> {
  return Object.fromEntries(UN_LANGS.map((l) => [l, gazetteerFor(l)])) as Record<UnLang, Gazetteer>;
}
