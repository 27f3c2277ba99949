import { unLangOf } from '@untk/core';
import type { ExtractContext } from '../context.js';
import { analyzeChinese } from './find-zh.js';
import { analyzeLatin } from './find-latin.js';
import { gazetteerFor } from './gazetteer.js';
import type { BodyAnalysis, PairMention } from './mention.js';

// The organisation and acronym extractors read the same analysis; it is made once per extraction context.
const analyses = new WeakMap<ExtractContext, BodyAnalysis>();
// Pairs made without the full analysis, when only acronyms were asked for.
const pairAnalyses = new WeakMap<ExtractContext, PairMention[]>();

function analyze(ctx: ExtractContext, pairsOnly: boolean): BodyAnalysis {
  const lang = unLangOf(ctx.doc.lang);
  const gaz = gazetteerFor(ctx.doc.lang);
  if (lang === 'zh' && gaz) return analyzeChinese(ctx, gaz, pairsOnly);
  if (lang) return analyzeLatin(ctx, lang, gaz, pairsOnly);
  return { orgs: [], pairs: [] };
}

/** Bodies and long/short-form pairs of a document, in the normalised text's offsets. */
export function analyzeBodies(ctx: ExtractContext): BodyAnalysis {
  let a = analyses.get(ctx);
  if (!a) {
    a = analyze(ctx, false);
    analyses.set(ctx, a);
  }
  return a;
}

/**
 * The long/short-form pairs of a document: those of the full analysis when this context has one (the
 * organisation extractor runs first), else from a pass that skips what only bodies need. The pairs are the same
 * either way (a test compares them on the whole bundled corpus).
 */
export function analyzePairs(ctx: ExtractContext): PairMention[] {
  const full = analyses.get(ctx);
  if (full) return full.pairs;
  let p = pairAnalyses.get(ctx);
  if (!p) {
    p = analyze(ctx, true).pairs;
    pairAnalyses.set(ctx, p);
  }
  return p;
}
