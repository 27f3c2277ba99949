import type { AcronymEntity } from '@untk/core';
import type { ExtractContext } from '../context.js';
import { analyzePairs } from '../organization/analyze.js';
import { straightApostrophes } from '../organization/mention.js';

/**
 * Long form / short form mappings: explicit pairs (`国际刑事警察组织(国际刑警组织)`, `Financial Action Task Force
 * (FATF)`, `UNODC (United Nations Office …)`) with confidence 1 over the whole pair; short forms used without
 * introduction (`反恐执行局`, `欧亚工作组`) at their first use, with a lower confidence. The long form is counted with
 * straight apostrophes, as organisation names are.
 */
export function findAcronyms(ctx: ExtractContext): AcronymEntity[] {
  return analyzePairs(ctx).map((p) =>
    ctx.entity<AcronymEntity>(p.start, p.end, {
      kind: 'acronym',
      long: straightApostrophes(p.long),
      short: p.short,
      confidence: p.confidence,
    }),
  );
}

export { orderedContainment } from './containment.js';
export { schwartzHearstStart } from './schwartz-hearst.js';
