import {
  compareStrings,
  type Community,
  type Cooccurrence,
  type DocumentSummary,
  type Entity,
  type Group,
  type InputError,
  type ItemFrequencyRow,
  type Pair,
  type Report,
} from '@untk/core';
import {
  CooccurrenceCounter,
  MAX_PAIRS,
  TEXT_UNITS,
  windowsOf,
  type CooccurrenceUnit,
  type PairRow,
} from './cooccurrence.js';
import type { DocumentCounts, ReportDocument } from './documents.js';
import {
  entityRows,
  GROUP_BY,
  groupDocuments,
  ItemColumns,
  monthsOfActivity,
  type GroupBy,
  type ItemFrequency,
} from './frequency.js';
import { buildNetwork, type Network } from './network.js';
import { documentPartial, type DocumentPartial, type PartialOptions } from './partial.js';

export interface ReportOptions {
  /** pairs seen in fewer units are left out (default 2) */
  minPair?: number;
  /** items in fewer units are left out of pairs (default 2) */
  minItem?: number;
  /** count words as well as entities in co-occurrence (default: entities only) */
  cooccurrenceWords?: boolean;
  /** also count co-occurrence within windows of this many word tokens */
  window?: number;
  /** the unit the network is built from (default paragraph) */
  networkUnit?: CooccurrenceUnit;
  /** rows kept in report.json per table (default 20); the CSV files hold everything */
  top?: number;
}

/** One row of frequency.csv: an item's frequency in the corpus or in one group. */
export interface FrequencyTableRow extends ItemFrequencyRow {
  scope: 'corpus' | GroupBy;
  group: string;
  surfaces: string;
}

/** Everything a report run computes: report.json's content and the full tables behind the CSV and graph files. */
export interface ReportResult {
  report: Report;
  frequencyTable: FrequencyTableRow[];
  pairs: PairRow[];
  network: Network;
}

// Numbers in report.json keep 6 decimals: enough to read, and the same bytes on every run.
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
function roundNullable(x: number | null): number | null {
  return x === null ? null : round(x);
}
function roundItem<T extends { perMillion: number | null; dispersion: number | null }>(r: T): T {
  return { ...r, perMillion: roundNullable(r.perMillion), dispersion: roundNullable(r.dispersion) };
}
function roundPair(p: PairRow): Pair {
  return {
    a: p.a,
    b: p.b,
    observed: p.observed,
    expected: round(p.expected),
    pmi: round(p.pmi),
    npmi: round(p.npmi),
    logDice: round(p.logDice),
    mi3: round(p.mi3),
    tScore: round(p.tScore),
    g2: round(p.g2),
    jaccard: round(p.jaccard),
  };
}

/** A document as the builder keeps it: its counts without the items, which are in the builder's ItemColumns. */
type BuilderDocument = Omit<DocumentCounts, 'items'> & { number: number };

/**
 * Builds a report one document at a time: each document is reduced to counts and its co-occurrence units
 * are counted as it arrives, so memory holds counts and entities, not texts or segments.
 */
export class ReportBuilder {
  private readonly docs: BuilderDocument[] = [];
  private readonly items = new ItemColumns();
  private readonly entities: Entity[] = [];
  // Document units count entities only, with or without --words: a long document's content words pair up by the
  // tens of millions (9,228 distinct ones in the dev set's English file: 42 million pairs, and 14 million more
  // with its entities), and that two words share a long document says little. Sentences, paragraphs and token
  // windows count words. unitItems already leaves words out of document units; the counter leaves them out too, so
  // that partials stored before (`untk index --report-counts`) give the same report as new ones.
  private readonly counters: Map<CooccurrenceUnit, CooccurrenceCounter>;

  /**
   * `limits.maxPairs`: the most distinct pairs each kind of unit may hold (default MAX_PAIRS); one more throws
   * TooManyPairs. A limit on memory, not part of the report's options: the same counts give the same report.
   */
  constructor(
    private readonly options: ReportOptions = {},
    limits: { maxPairs?: number } = {},
  ) {
    const maxPairs = limits.maxPairs ?? MAX_PAIRS;
    this.counters = new Map(
      TEXT_UNITS.map((u) => [u, new CooccurrenceCounter(u, { words: u !== 'document', maxPairs })]),
    );
    if (options.window !== undefined) this.counters.set('window', new CooccurrenceCounter('window', { maxPairs }));
    if (options.networkUnit === 'window' && options.window === undefined) {
      throw new RangeError('a network over token windows needs a window size');
    }
  }

  /** What each document's partial result must hold for this report (see documentPartial). */
  get partialOptions(): PartialOptions {
    return {
      words: this.options.cooccurrenceWords ?? false,
      ...(this.options.window !== undefined ? { window: this.options.window } : {}),
    };
  }

  /** The entities added so far, in the order their documents were added. */
  get entityList(): readonly Entity[] {
    return this.entities;
  }

  add(doc: ReportDocument): void {
    this.addPartial(documentPartial(doc, this.partialOptions), doc.entities);
  }

  /**
   * Add one document's partial result (made by documentPartial with this builder's partialOptions, in this
   * thread, in a worker or in another process) and its entities. Counts add up, so the order documents come in
   * changes nothing but the order of the entity list.
   */
  addPartial(partial: DocumentPartial, entities: readonly Entity[]): void {
    if (!partial.units) throw new RangeError(`the partial result of ${partial.id} has no co-occurrence units`);
    if (this.options.window !== undefined && !partial.tokenItems) {
      throw new RangeError(`the partial result of ${partial.id} has no token items for windows`);
    }
    this.docs.push({
      id: partial.id,
      source: partial.source,
      lang: partial.lang,
      characters: partial.characters,
      folder: partial.folder,
      year: partial.year,
      tokens: partial.tokens,
      entityCounts: partial.entityCounts,
      number: this.items.add(partial.items, partial.tokens),
    });
    for (const e of entities) this.entities.push(e);
    for (const [unit, counter] of this.counters) {
      const units =
        unit === 'window' ? windowsOf(partial.tokenItems ?? [], this.options.window ?? 1) : partial.units[unit];
      for (const items of units) counter.add(items);
    }
  }

  build(errors: readonly InputError[] = []): ReportResult {
    const top = this.options.top ?? 20;
    const minPair = this.options.minPair ?? 2;
    const minItem = this.options.minItem ?? 2;
    const docs = [...this.docs].sort((a, b) => compareStrings(a.id, b.id));
    const languages: Record<string, number> = {};
    const summaries: DocumentSummary[] = docs.map((d) => {
      languages[d.lang] = (languages[d.lang] ?? 0) + 1;
      return {
        id: d.id,
        source: d.source,
        lang: d.lang,
        characters: d.characters,
        tokens: d.tokens,
        folder: d.folder,
        year: d.year,
        entities: d.entityCounts,
      };
    });
    const corpusTable = this.items.frequency(docs.map((d) => d.number));
    const frequency = entityRows(this.entities, corpusTable);
    const corpusItems = corpusTable.rows();
    const words = corpusItems.filter((r) => r.kind === 'word');

    const frequencyTable: FrequencyTableRow[] = [];
    const surfacesOf = new Map(frequency.map((r) => [`${r.kind}\t${r.key}`, r.surfaces]));
    const surfaceCell = (r: ItemFrequencyRow) =>
      (surfacesOf.get(`${r.kind}\t${r.key}`) ?? [])
        .slice(0, 5)
        .map((s) => `${s.text} ×${s.count}`)
        .join(' | ');
    // Corpus: every entity and every word seen at least twice; groups: every entity and the top 50 words.
    // Entities first (by count), then words, so that a spreadsheet opens on the entities.
    for (const r of [...corpusItems.filter((x) => x.kind !== 'word'), ...words]) {
      if (r.kind === 'word' && r.count < 2) continue;
      frequencyTable.push({ scope: 'corpus', group: '', ...r, surfaces: surfaceCell(r) });
    }
    const groups: Group[] = [];
    for (const by of GROUP_BY) {
      for (const g of groupDocuments(docs, by)) {
        // Rows made for every entity and the 50 most frequent words only: that is all the group's tables show.
        const table = this.items.frequency(g.documents.map((d) => d.number));
        const ents: ItemFrequency[] = [];
        const ws: ItemFrequency[] = [];
        for (let r = 0; r < table.length; r++) {
          if (table.kind(r) !== 'word') ents.push(table.row(r));
          else if (ws.length < 50) ws.push(table.row(r));
        }
        for (const r of [...ents, ...ws]) {
          frequencyTable.push({ scope: by, group: g.value, ...r, surfaces: surfaceCell(r) });
        }
        groups.push({
          by,
          value: g.value,
          documents: g.documents.length,
          tokens: g.documents.reduce((n, d) => n + d.tokens, 0),
          top: [...ents.slice(0, 10), ...ws.slice(0, 10)].map(roundItem),
        });
      }
    }

    const pairs: PairRow[] = [];
    const cooccurrence: Cooccurrence[] = [];
    for (const [unit, counter] of this.counters) {
      const rows = counter.pairs({ minPair, minItem });
      // A loop, not push(...rows): a large corpus has more pairs than a call takes arguments.
      for (const r of rows) pairs.push(r);
      cooccurrence.push({
        unit,
        ...(unit === 'window' ? { window: this.options.window } : {}),
        units: counter.units,
        minPair,
        minItem,
        pairs: rows.length,
        top: rows.slice(0, top).map(roundPair),
      });
    }
    const networkUnit = this.options.networkUnit ?? 'paragraph';
    const network = buildNetwork(pairs.filter((p) => p.unit === networkUnit));
    const byCommunity = new Map<number, typeof network.nodes>();
    for (const n of network.nodes) {
      let m = byCommunity.get(n.community);
      if (!m) byCommunity.set(n.community, (m = []));
      m.push(n);
    }
    const communities: Community[] = [...byCommunity]
      .sort(([a], [b]) => a - b)
      .map(([id, members]) => ({
        id,
        size: members.length,
        members: [...members]
          .sort((a, b) => b.frequency - a.frequency || compareStrings(a.id, b.id))
          .slice(0, 10)
          .map((m) => m.id),
      }));

    const report: Report = {
      tool: 'untk',
      schemaVersion: 1,
      corpus: {
        documents: docs.length,
        characters: docs.reduce((n, d) => n + d.characters, 0),
        tokens: docs.reduce((n, d) => n + d.tokens, 0),
        entities: this.entities.length,
        languages: Object.fromEntries(Object.entries(languages).sort(([a], [b]) => compareStrings(a, b))),
      },
      documents: summaries,
      frequency: frequency.map(roundItem),
      words: words.slice(0, Math.max(top, 50)).map(roundItem),
      groups,
      months: monthsOfActivity(this.entities),
      cooccurrence,
      network: {
        unit: networkUnit,
        nodes: network.nodes.length,
        edges: network.edges.length,
        modularity: round(network.modularity),
        communities,
      },
      errors: [...errors].sort((a, b) => compareStrings(a.source, b.source)),
    };
    return { report, frequencyTable, pairs, network };
  }
}

/** Build the report of a run: per-document summaries, corpus totals, frequency, co-occurrence and network. */
export function buildReport(
  documents: readonly ReportDocument[],
  errors: readonly InputError[] = [],
  options: ReportOptions = {},
): Report {
  return analyseCorpus(documents, errors, options).report;
}

/** Build the report and the full tables behind it. */
export function analyseCorpus(
  documents: readonly ReportDocument[],
  errors: readonly InputError[] = [],
  options: ReportOptions = {},
): ReportResult {
  const b = new ReportBuilder(options);
  for (const d of [...documents].sort((x, y) => compareStrings(x.id, y.id))) b.add(d);
  return b.build(errors);
}
