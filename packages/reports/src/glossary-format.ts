import type { Glossary, GlossaryEntry, GlossaryLink } from './glossary.js';

export const GLOSSARY_FORMATS = ['md', 'csv', 'json'] as const;
export type GlossaryFormat = (typeof GLOSSARY_FORMATS)[number];

/** The glossary as Markdown (entries, then linked groups), CSV (one row per entry, BOM first) or JSON. */
export function formatGlossary(g: Glossary, format: GlossaryFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(g, null, 2) + '\n';
    case 'csv':
      return glossaryCsv(g);
    case 'md':
      return glossaryMarkdown(g);
  }
}

function shorts(e: GlossaryEntry): string {
  return e.shortForms.map((s) => (s.confidence < 1 ? `${s.form} (${s.confidence})` : s.form)).join(', ');
}

function cell(s: string | number): string {
  return String(s)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

function glossaryMarkdown(g: Glossary): string {
  const byId = new Map(g.entries.map((e) => [e.id, e]));
  const lines: string[] = ['# Glossary of bodies and acronyms', ''];
  lines.push(
    `${g.entries.length} entries (${g.entries.filter((e) => e.type === 'body').length} bodies). ` +
      'Short forms with a number were not introduced by the document; the number is how sure the mapping is.' +
      (g.entries.some((e) => e.projected)
        ? ' A name marked (aligned) was read in its text only where the aligned lines of the other languages name ' +
          'the body.'
        : ''),
    '',
  );
  if (g.groups.length > 0) {
    lines.push('## Linked across languages', '');
    lines.push('| group | lang | long form | short forms | mentions | matched by |', '|---|---|---|---|---:|---|');
    for (const grp of g.groups) {
      for (const id of grp.members) {
        const e = byId.get(id);
        if (!e) continue;
        // The link to the group's pivot (its English member), else this member's strongest link.
        const own = grp.links.filter((l) => l.from === id || l.to === id);
        const link =
          id === grp.id ? undefined : (own.find((l) => l.from === grp.id || l.to === grp.id) ?? strongest(own));
        const how = id === grp.id ? '(pivot)' : link ? describeLink(link, id) : '';
        const name = `${cell(e.name)}${e.projected ? ' (aligned)' : ''}`;
        lines.push(`| ${cell(grp.id)} | ${e.lang} | ${name} | ${cell(shorts(e))} | ${e.mentions} | ${cell(how)} |`);
      }
    }
    lines.push('');
  }
  lines.push('## Entries', '');
  lines.push(
    '| lang | long form | short forms | mentions | documents | first occurrence |',
    '|---|---|---|---:|---:|---|',
  );
  for (const e of g.entries) {
    const first = `${e.first.doc} @${e.first.start}`;
    lines.push(
      `| ${e.lang} | ${cell(e.name)}${e.type === 'term' ? ' (term)' : ''}${e.projected ? ' (aligned)' : ''} | ` +
        `${cell(shorts(e))} | ${e.mentions} | ` +
        `${e.documents} | ${cell(first)} |`,
    );
  }
  return lines.join('\n') + '\n';
}

function strongest(links: readonly GlossaryLink[]): GlossaryLink | undefined {
  return [...links].sort((a, b) => b.confidence - a.confidence || b.sharedLines - a.sharedLines)[0];
}

function describeLink(l: GlossaryLink, self: string): string {
  const other = l.from === self ? l.to : l.from;
  const method =
    l.method === 'aligned-lines'
      ? 'aligned lines'
      : l.method === 'projected'
        ? 'read on the aligned lines where the others name it'
        : 'aligned lines and the same short form';
  return `${other}: ${method}, ${l.sharedLines} shared of ${l.fromLines}/${l.toLines}, confidence ${l.confidence}`;
}

const CSV_COLUMNS = [
  'group',
  'lang',
  'long',
  'short_forms',
  'type',
  'mentions',
  'documents',
  'first_doc',
  'first_offset',
  'links',
] as const;

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function glossaryCsv(g: Glossary): string {
  const groupOf = new Map<string, { id: string; links: GlossaryLink[] }>();
  for (const grp of g.groups) for (const m of grp.members) groupOf.set(m, grp);
  const rows = g.entries.map((e) => {
    const grp = groupOf.get(e.id);
    const links = (grp?.links ?? []).filter((l) => l.from === e.id || l.to === e.id).map((l) => describeLink(l, e.id));
    return [
      grp?.id ?? '',
      e.lang,
      e.name,
      shorts(e),
      e.type,
      e.mentions,
      e.documents,
      e.first.doc,
      e.first.start,
      links.join('; '),
    ];
  });
  // A BOM so that spreadsheets open Chinese correctly, as for `untk extract --format csv`.
  return (
    '\uFEFF' +
    [CSV_COLUMNS as readonly (string | number)[], ...rows].map((r) => r.map(csvField).join(',')).join('\n') +
    '\n'
  );
}
