import { z } from 'zod';

/** The six official languages of the United Nations, as BCP 47 primary tags. */
export const UN_LANGS = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type UnLang = (typeof UN_LANGS)[number];
export const UnLangSchema = z.enum(UN_LANGS);

export function isUnLang(tag: string): tag is UnLang {
  return (UN_LANGS as readonly string[]).includes(tag);
}

// A pragmatic BCP 47 shape: primary language (2-3 letters or `und`), then subtags of 1-8 alphanumerics.
const BCP47 = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;

/** A BCP 47 language tag such as `zh`, `zh-Hant`, `en-GB` or `und` (undetermined). */
export const LangTagSchema = z
  .string()
  .regex(BCP47, 'expected a BCP 47 language tag such as "zh", "en" or "und"')
  .meta({ id: 'LangTag', description: 'BCP 47 language tag; "und" when undetermined' });
export type LangTag = z.infer<typeof LangTagSchema>;

/** The UN language a tag belongs to (`zh-Hant` → `zh`), or undefined for other languages and `und`. */
export function unLangOf(tag: string): UnLang | undefined {
  const primary = tag.split('-')[0]?.toLowerCase() ?? '';
  return isUnLang(primary) ? primary : undefined;
}
