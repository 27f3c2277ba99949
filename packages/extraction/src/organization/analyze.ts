import { unLangOf } from '@untk/core';
import type { ExtractContext } from '../context.js';
import { analyzeChinese } from './find-zh.js';
import { analyzeLatin } from './find-latin.js';
import { gazetteerFor } from './gazetteer.js';
import type { BodyAnalysis } from './mention.js';

// The organisation and acronym extractors read the same analysis; it is made once per extraction context.
const analyses = new WeakMap<ExtractContext, BodyAnalysis>();

/** Bodies and long/short-form pairs of a document, in the normalised text's offsets. */
export function analyzeBodies(ctx: ExtractContext): BodyAnalysis {
  let a = analyses.get(ctx);
  if (!a) {
    const lang = unLangOf(ctx.doc.lang);
    const gaz = gazetteerFor(ctx.doc.lang);
    if (lang === 'zh' && gaz) a = analyzeChinese(ctx, gaz);
    else if (lang) a = analyzeLatin(ctx, lang, gaz);
    else a = { orgs: [], pairs: [] };
    analyses.set(ctx, a);
  }
  return a;
}
