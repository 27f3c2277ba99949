import { compareStrings, entityKey, type Entity, type FrequencyRow } from '@untk/core';

/**
 * Count entities under their canonical identity (resolution number and year, symbol, ISO date…), with the
 * number of documents that mention each and the surface forms it took. Sorted by count, then kind, then key.
 */
export function entityFrequency(entities: Iterable<Entity>): FrequencyRow[] {
  const rows = new Map<string, { row: FrequencyRow; docs: Set<string>; surfaces: Map<string, number> }>();
  for (const e of entities) {
    const key = entityKey(e);
    const id = `${e.kind}\u0000${key}`;
    let r = rows.get(id);
    if (!r) {
      r = { row: { kind: e.kind, key, count: 0, documents: 0, surfaces: [] }, docs: new Set(), surfaces: new Map() };
      rows.set(id, r);
    }
    r.row.count++;
    r.docs.add(e.doc);
    const surface = e.text.replace(/\s+/g, ' ');
    r.surfaces.set(surface, (r.surfaces.get(surface) ?? 0) + 1);
  }
  return [...rows.values()]
    .map(({ row, docs, surfaces }) => ({
      ...row,
      documents: docs.size,
      surfaces: [...surfaces]
        .map(([text, count]) => ({ text, count }))
        .sort((a, b) => b.count - a.count || compareStrings(a.text, b.text)),
    }))
    .sort((a, b) => b.count - a.count || compareStrings(a.kind, b.kind) || compareStrings(a.key, b.key));
}
