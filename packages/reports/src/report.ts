import {
  compareStrings,
  ENTITY_KINDS,
  type DocumentSummary,
  type Entity,
  type EntityKind,
  type InputError,
  type Report,
} from '@untk/core';
import { entityFrequency } from './frequency.js';

/** A document as the report sees it: its metadata and the entities found in it. */
export interface ReportDocument {
  id: string;
  source: string;
  lang: string;
  characters: number;
  entities: readonly Entity[];
}

function zeroCounts(): Record<EntityKind, number> {
  return Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<EntityKind, number>;
}

/** Build the report of a run: per-document summaries, corpus totals and entity frequency. */
export function buildReport(documents: readonly ReportDocument[], errors: readonly InputError[] = []): Report {
  const docs = [...documents].sort((a, b) => compareStrings(a.id, b.id));
  const languages: Record<string, number> = {};
  const summaries: DocumentSummary[] = docs.map((d) => {
    const counts = zeroCounts();
    for (const e of d.entities) counts[e.kind]++;
    languages[d.lang] = (languages[d.lang] ?? 0) + 1;
    return { id: d.id, source: d.source, lang: d.lang, characters: d.characters, entities: counts };
  });
  const all = docs.flatMap((d) => d.entities);
  return {
    tool: 'untk',
    schemaVersion: 1,
    corpus: {
      documents: docs.length,
      characters: docs.reduce((n, d) => n + d.characters, 0),
      entities: all.length,
      languages: Object.fromEntries(Object.entries(languages).sort(([a], [b]) => compareStrings(a, b))),
    },
    documents: summaries,
    frequency: entityFrequency(all),
    errors: [...errors].sort((a, b) => compareStrings(a.source, b.source)),
  };
}
