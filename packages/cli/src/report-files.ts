import { stringify } from 'csv-stringify/sync';
import type { FrequencyTableRow, PairRow } from '@untk/reports';

// Decimals kept in the CSV files: enough to sort and read, and the same bytes on every run.
function fixed(x: number | null): string {
  return x === null ? '' : String(Math.round(x * 1e6) / 1e6);
}

/** frequency.csv: one row per item per scope (corpus, then each folder, language and year), BOM for spreadsheets. */
export function frequencyCsv(rows: readonly FrequencyTableRow[]): string {
  return stringify(
    rows.map((r) => [
      r.scope,
      r.group,
      r.kind,
      r.key,
      r.count,
      fixed(r.perMillion),
      r.documents,
      fixed(r.dispersion),
      r.surfaces,
    ]),
    {
      header: true,
      columns: ['scope', 'group', 'kind', 'key', 'count', 'per_million', 'documents', 'dp', 'surfaces'],
      bom: true,
      record_delimiter: 'unix',
    },
  );
}

/** cooccurrence.csv: the edge list of every unit's pairs with all measures, BOM for spreadsheets. */
export function cooccurrenceCsv(rows: readonly PairRow[]): string {
  return stringify(
    rows.map((p) => [
      `${p.a.kind}:${p.a.key}`,
      `${p.b.kind}:${p.b.key}`,
      p.unit,
      p.units,
      p.a.frequency,
      p.b.frequency,
      p.observed,
      fixed(p.expected),
      fixed(p.pmi),
      fixed(p.npmi),
      fixed(p.logDice),
      fixed(p.mi3),
      fixed(p.tScore),
      fixed(p.g2),
      fixed(p.jaccard),
    ]),
    {
      header: true,
      columns: [
        'source',
        'target',
        'unit',
        'n',
        'f_source',
        'f_target',
        'observed',
        'expected',
        'pmi',
        'npmi',
        'log_dice',
        'mi3',
        't_score',
        'g2',
        'jaccard',
      ],
      bom: true,
      record_delimiter: 'unix',
    },
  );
}
