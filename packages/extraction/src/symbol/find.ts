import type { ResolutionEntity, SymbolEntity } from '@untk/core';
import type { ExtractContext } from '../context.js';
import { parseResolutionItem } from '../resolution/parse.js';
import { canonicalSymbol, isPlausibleSymbol, resolutionOfSymbol } from './parse.js';
import { REPORT_BEFORE, SYMBOL_NEIGHBOUR_AFTER, SYMBOL_NEIGHBOUR_BEFORE } from './patterns.js';
import { ocrSymbolMatches, symbolMatches } from './scan.js';

/**
 * Find document symbols. A Security Council resolution symbol (`S/RES/2322 (2016)`) is also a reference to
 * that resolution, so it yields a `resolution` entity over the same span as well.
 */
export function findSymbols(ctx: ExtractContext): Array<SymbolEntity | ResolutionEntity> {
  const found: Array<SymbolEntity | ResolutionEntity> = [];
  const text = ctx.norm.text;
  for (const m of symbolMatches(text)) {
    let raw = m[0];
    while (raw.endsWith('.')) raw = raw.slice(0, -1);
    const symbol = canonicalSymbol(raw);
    if (!isPlausibleSymbol(symbol)) continue;
    const end = m.index + raw.length;
    found.push(ctx.entity<SymbolEntity>(m.index, end, { kind: 'symbol', symbol }));
    const res = resolutionOfSymbol(symbol);
    const parsed = res && parseResolutionItem(String(res.number), String(res.year));
    if (parsed) found.push(ctx.entity<ResolutionEntity>(m.index, end, { kind: 'resolution', ...parsed }));
  }
  for (const m of ocrSymbolMatches(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 120), start);
    const after = text.slice(end, end + 20);
    // Certain only in brackets after a report, or in a list beside real `S/` symbols.
    const bracketed = REPORT_BEFORE.test(before) && after.startsWith(')');
    const listed = SYMBOL_NEIGHBOUR_BEFORE.test(before) || SYMBOL_NEIGHBOUR_AFTER.test(after);
    if (!bracketed && !listed) continue;
    found.push(ctx.entity<SymbolEntity>(start, end, { kind: 'symbol', symbol: `S/${m[1]}/${m[2]}` }));
  }
  return found;
}
