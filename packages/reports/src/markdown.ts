import { ENTITY_KINDS, type EntityKind, type Report } from '@untk/core';
import type { Comparison } from './keyness.js';

const KIND_TITLES: Record<EntityKind, string> = {
  resolution: 'Resolutions',
  symbol: 'Document symbols',
  date: 'Dates',
  organization: 'Organisations (bodies)',
  acronym: 'Acronyms and short names',
};

const UNIT_TITLES = {
  sentence: 'Within a sentence',
  paragraph: 'Within a paragraph',
  document: 'Within a document',
  window: 'Within a window of tokens',
};

function cell(s: string | number): string {
  return String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function num(x: number | null, digits = 2): string {
  return x === null ? '–' : x.toFixed(digits);
}

function int(x: number): string {
  return x.toLocaleString('en-US');
}

/** A report a person can read: totals, most frequent entities and words, months, groups, pairs, communities. */
export function formatReportMarkdown(report: Report, options: { top?: number } = {}): string {
  const top = options.top ?? 20;
  const c = report.corpus;
  const lines: string[] = ['# untk report', ''];
  const langs = Object.entries(c.languages)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ');
  lines.push(
    `${c.documents} documents (${langs || 'none'}), ${int(c.characters)} characters, ` +
      `${int(c.tokens)} word tokens, ${int(c.entities)} entity mentions.`,
    '',
    'Per million: occurrences per million word tokens. DP: Gries’ deviation of proportions over the documents ' +
      '(0 = spread as evenly as the documents’ sizes, near 1 = concentrated in few documents).',
    '',
  );
  for (const kind of ENTITY_KINDS) {
    const rows = report.frequency.filter((r) => r.kind === kind);
    if (rows.length === 0) continue;
    lines.push(
      `## ${KIND_TITLES[kind]}`,
      '',
      `${rows.length} distinct; the ${Math.min(top, rows.length)} most frequent:`,
      '',
    );
    lines.push(
      '| rank | identity | mentions | per million | documents | DP | forms seen |',
      '|---:|---|---:|---:|---:|---:|---|',
    );
    rows.slice(0, top).forEach((r, i) => {
      const forms = r.surfaces
        .slice(0, 3)
        .map((s) => `\`${s.text}\` ×${s.count}`)
        .join(', ');
      lines.push(
        `| ${i + 1} | ${cell(r.key)} | ${r.count} | ${num(r.perMillion, 1)} | ${r.documents} | ${num(r.dispersion)} | ${cell(forms)} |`,
      );
    });
    lines.push('');
  }

  lines.push('## Months of activity', '');
  if (report.months.length === 0) {
    lines.push('No dates at month or day precision were found.', '');
  } else {
    lines.push('Date mentions per calendar month (an interval counts at its start):', '');
    lines.push('| month | mentions | documents |', '|---|---:|---:|');
    for (const m of report.months) lines.push(`| ${m.month} | ${m.count} | ${m.documents} |`);
    lines.push('');
  }

  if (report.words.length > 0) {
    lines.push('## Most frequent words', '', 'Stop words left out; counted in lower case.', '');
    lines.push('| rank | word | count | per million | documents | DP |', '|---:|---|---:|---:|---:|---:|');
    report.words.slice(0, top).forEach((w, i) => {
      lines.push(
        `| ${i + 1} | ${cell(w.key)} | ${w.count} | ${num(w.perMillion, 1)} | ${w.documents} | ${num(w.dispersion)} |`,
      );
    });
    lines.push('');
  }

  for (const by of ['lang', 'folder', 'year'] as const) {
    const groups = report.groups.filter((g) => g.by === by);
    if (groups.length < 2) continue;
    const title = by === 'lang' ? 'language' : by;
    lines.push(`## By ${title}`, '');
    lines.push(
      `| ${title} | documents | tokens | most frequent entities | most frequent words |`,
      '|---|---:|---:|---|---|',
    );
    for (const g of groups) {
      const ents = g.top
        .filter((r) => r.kind !== 'word')
        .slice(0, 3)
        .map((r) => `${r.key} ×${r.count}`)
        .join(', ');
      const ws = g.top
        .filter((r) => r.kind === 'word')
        .slice(0, 5)
        .map((r) => `${r.key} ×${r.count}`)
        .join(', ');
      lines.push(`| ${cell(g.value)} | ${g.documents} | ${int(g.tokens)} | ${cell(ents)} | ${cell(ws)} |`);
    }
    lines.push('');
  }

  lines.push('## Strongest co-occurring pairs', '');
  lines.push(
    'Pairs seen together in at least the minimum number of units, strongest first by G² (log-likelihood); ' +
      'logDice ≤ 14, NPMI ≤ 1. All pairs are in cooccurrence.csv.',
    '',
  );
  for (const co of report.cooccurrence) {
    lines.push(
      `### ${UNIT_TITLES[co.unit]}${co.window ? ` (${co.window})` : ''}`,
      '',
      `${int(co.units)} ${co.unit}s; ${co.pairs} pairs seen in at least ${co.minPair} ${co.unit}s ` +
        `(each item in at least ${co.minItem}).`,
      '',
    );
    if (co.top.length === 0) {
      lines.push('No pair passes the filters.', '');
      continue;
    }
    lines.push('| pair | together | expected | G² | logDice | NPMI | t |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const p of co.top.slice(0, 10)) {
      lines.push(
        `| ${cell(p.a.key)} — ${cell(p.b.key)} | ${p.observed} | ${num(p.expected)} | ${num(p.g2)} | ${num(p.logDice)} | ${num(p.npmi)} | ${num(p.tScore)} |`,
      );
    }
    lines.push('');
  }

  const net = report.network;
  lines.push('## Co-occurrence network', '');
  lines.push(
    `Built from ${net.unit} co-occurrence: ${net.nodes} nodes, ${net.edges} edges, ` +
      `${net.communities.length} communities (Louvain, modularity ${num(net.modularity, 3)}); ` +
      'network.gexf and network.graphml open in Gephi, yEd or Cytoscape.',
    '',
  );
  for (const cm of net.communities.slice(0, 10)) {
    lines.push(`- community ${cm.id} (${cm.size} nodes): ${cm.members.map((m) => `\`${cell(m)}\``).join(', ')}`);
  }
  if (net.communities.length > 0) lines.push('');

  if (report.errors.length > 0) {
    lines.push('## Inputs that could not be used', '');
    for (const e of report.errors) lines.push(`- \`${cell(e.source)}\`: ${cell(e.message)} (${e.code})`);
    lines.push('');
  }
  return lines.join('\n');
}

/** A keyness table a person can read: what characterises A, what characterises B, and how similar they are. */
export function formatComparisonMarkdown(
  cmp: Comparison,
  options: { top?: number; labelA?: string; labelB?: string } = {},
): string {
  const top = options.top ?? 30;
  const la = options.labelA ?? 'A';
  const lb = options.labelB ?? 'B';
  const lines = [
    `# ${la} compared with ${lb}`,
    '',
    `${la}: ${cmp.a.documents} documents, ${int(cmp.a.tokens)} tokens. ${lb}: ${cmp.b.documents} documents, ` +
      `${int(cmp.b.tokens)} tokens. Cosine similarity of their frequency profiles: ${cmp.cosine.toFixed(3)}.`,
    '',
    `${cmp.tested} items tested with signed log-likelihood G² (four cells, no Williams correction); ` +
      `significant below p = ${cmp.alpha} / ${cmp.tested} (Bonferroni), that is |G²| ≥ ${cmp.criticalG2.toFixed(2)}. ` +
      'Sorted by Log Ratio (log2 of the ratio of relative frequencies; +1 = twice as frequent). DP: dispersion over ' +
      'the documents of each side.',
    '',
  ];
  const table = (title: string, rows: Comparison['rows']) => {
    lines.push(`## ${title}`, '');
    if (rows.length === 0) {
      lines.push('None significant.', '');
      return;
    }
    lines.push(
      `| item | kind | Log Ratio | G² | ${la} count | ${la} per million | ${la} DP | ${lb} count | ${lb} per million | ${lb} DP |`,
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const r of rows.slice(0, top)) {
      lines.push(
        `| ${cell(r.key)} | ${r.kind} | ${num(r.logRatio)} | ${num(r.g2, 1)} | ${r.a.count} | ${num(r.a.perMillion, 1)} | ` +
          `${num(r.a.dispersion)} | ${r.b.count} | ${num(r.b.perMillion, 1)} | ${num(r.b.dispersion)} |`,
      );
    }
    lines.push('');
  };
  table(
    `Characteristic of ${la}`,
    cmp.rows.filter((r) => r.g2 > 0),
  );
  table(
    `Characteristic of ${lb}`,
    cmp.rows.filter((r) => r.g2 < 0),
  );
  if (cmp.similarDocuments.length > 0) {
    lines.push(
      `## Most similar documents across ${la} and ${lb}`,
      '',
      'Cosine of the documents’ item frequencies (the items compared).',
      '',
      `| document in ${la} | document in ${lb} | cosine |`,
      '|---|---|---:|',
    );
    for (const d of cmp.similarDocuments) lines.push(`| ${cell(d.a)} | ${cell(d.b)} | ${d.cosine.toFixed(3)} |`);
    lines.push('');
  }
  return lines.join('\n');
}
