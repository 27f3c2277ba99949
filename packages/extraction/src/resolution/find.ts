import type { ResolutionEntity } from '@untk/core';
import type { ExtractContext } from '../context.js';
import { asciiTextOf } from '../digits.js';
import { parseResolutionItem } from './parse.js';
import { ITEM_IN_REFERENCE, ZH_REFERENCE } from './patterns.js';
import { ANCHORED_REFERENCES, anchoredMatches, keywordOccurrences } from './scan.js';

/**
 * Find resolution references: one entity per resolution. In a list the first entity's span starts at the
 * reference's first word (`第`, `resolutions`), the last one's ends after `号决议`; a single reference spans
 * the whole mention, paragraph included.
 */
export function findResolutions(ctx: ExtractContext): ResolutionEntity[] {
  const found: ResolutionEntity[] = [];
  const text = asciiTextOf(ctx);
  // Where each pattern's keyword stands, found for all of them together (see keywordOccurrences).
  const keywords = keywordOccurrences(
    text,
    ANCHORED_REFERENCES.map((a) => a.keyword),
  );
  for (const anchored of ANCHORED_REFERENCES) {
    const re = anchored.pattern;
    for (const m of anchoredMatches(text, anchored, keywords.get(anchored.keyword))) {
      // Every pattern captures the cited paragraph, if any, as group 1.
      const paragraphText = m[1];
      const items = [...m[0].matchAll(ITEM_IN_REFERENCE)];
      items.forEach((item, i) => {
        const parsed = parseResolutionItem(item[1] ?? '', item[2] ?? '');
        if (!parsed) return;
        const itemStart = m.index + (item.index ?? 0);
        const first = i === 0;
        const last = i === items.length - 1;
        const start = first ? m.index : itemStart;
        const end = last && re === ZH_REFERENCE ? m.index + m[0].length : itemStart + item[0].length;
        const paragraph = items.length === 1 && paragraphText ? Number(paragraphText) : undefined;
        found.push(
          ctx.entity<ResolutionEntity>(start, end, {
            kind: 'resolution',
            number: parsed.number,
            year: parsed.year,
            ...(paragraph ? { paragraph } : {}),
          }),
        );
      });
    }
  }
  return found;
}
