import { ENTITY_KINDS, type EntityKind, type Report } from '@untk/core';

const KIND_TITLES: Record<EntityKind, string> = {
  resolution: 'Resolutions',
  symbol: 'Document symbols',
  date: 'Dates',
  organization: 'Organisations',
  acronym: 'Acronyms and short names',
};

function cell(s: string | number): string {
  return String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A report a person can read: corpus totals, the most frequent entities of each kind, and input problems. */
export function formatReportMarkdown(report: Report, options: { top?: number } = {}): string {
  const top = options.top ?? 20;
  const c = report.corpus;
  const lines: string[] = ['# untk report', ''];
  const langs = Object.entries(c.languages)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ');
  lines.push(
    `${c.documents} documents (${langs || 'none'}), ${c.characters.toLocaleString('en-US')} characters, ` +
      `${c.entities.toLocaleString('en-US')} entity mentions.`,
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
    lines.push('| rank | identity | mentions | documents | forms seen |', '|---:|---|---:|---:|---|');
    rows.slice(0, top).forEach((r, i) => {
      const forms = r.surfaces
        .slice(0, 3)
        .map((s) => `\`${s.text}\` ×${s.count}`)
        .join(', ');
      lines.push(`| ${i + 1} | ${cell(r.key)} | ${r.count} | ${r.documents} | ${cell(forms)} |`);
    });
    lines.push('');
  }
  if (report.errors.length > 0) {
    lines.push('## Inputs that could not be used', '');
    for (const e of report.errors) lines.push(`- \`${cell(e.source)}\`: ${cell(e.message)} (${e.code})`);
    lines.push('');
  }
  return lines.join('\n');
}
