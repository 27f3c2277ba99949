import { z } from 'zod';
import { LangTagSchema } from './lang.js';

export const ENTITY_KINDS = ['resolution', 'symbol', 'date', 'organization', 'acronym'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Fields every entity has: where it is, what it says, and in which document and language. */
const base = {
  doc: z.string().min(1).describe('id of the document the mention is in'),
  text: z.string().describe('the mention exactly as in the original text: text.slice(start, end)'),
  start: z.number().int().nonnegative().describe('UTF-16 offset of the first code unit in the original text'),
  end: z.number().int().nonnegative().describe('UTF-16 offset just past the mention in the original text'),
  lang: LangTagSchema,
};

export const ResolutionEntitySchema = z
  .object({
    kind: z.literal('resolution'),
    ...base,
    number: z.number().int().positive().describe('resolution number, e.g. 2322'),
    year: z.number().int().min(1945).max(2999).describe('year of adoption, e.g. 2016'),
    paragraph: z.number().int().positive().optional().describe('paragraph cited, when the mention cites one'),
  })
  .meta({ id: 'ResolutionEntity' });

export const SymbolEntitySchema = z
  .object({
    kind: z.literal('symbol'),
    ...base,
    symbol: z.string().min(3).describe('canonical UN document symbol, e.g. S/2017/97 or S/RES/2322 (2016)'),
  })
  .meta({ id: 'SymbolEntity' });

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export const DATE_MODIFIERS = ['early', 'mid', 'late', 'since', 'until', 'before', 'after', 'about'] as const;

// ISO 8601 calendar date at year, month or day precision (`2017`, `2017-06`, `2017-12-14`).
const ISO_POINT = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A point (`2017-06`) or an interval (`2016-12-13/2017-12-12`, open ends written `..`). */
export const IsoDateValueSchema = z
  .string()
  .refine(
    (v) => {
      const parts = v.split('/');
      if (parts.length === 1) return ISO_POINT.test(v);
      if (parts.length !== 2) return false;
      const [a = '', b = ''] = parts;
      return (ISO_POINT.test(a) || a === '..') && (ISO_POINT.test(b) || b === '..') && !(a === '..' && b === '..');
    },
    { message: 'expected an ISO 8601 date (2017, 2017-06, 2017-12-14) or interval (a/b, ".." for an open end)' },
  )
  .meta({ id: 'IsoDateValue' });

export const DateEntitySchema = z
  .object({
    kind: z.literal('date'),
    ...base,
    value: IsoDateValueSchema,
    precision: z.enum(DATE_PRECISIONS).optional().describe('finest unit the text states'),
    modifier: z.enum(DATE_MODIFIERS).optional().describe('qualifier such as "mid" in mid-2018 or "since"'),
  })
  .meta({ id: 'DateEntity' });

export const OrganizationEntitySchema = z
  .object({
    kind: z.literal('organization'),
    ...base,
    name: z.string().min(1).describe('canonical full name of the body'),
  })
  .meta({ id: 'OrganizationEntity' });

export const AcronymEntitySchema = z
  .object({
    kind: z.literal('acronym'),
    ...base,
    long: z.string().min(1).describe('the long form (full name)'),
    short: z.string().min(1).describe('the short form or acronym'),
    confidence: z.number().min(0).max(1).optional().describe('how sure the mapping is, 1 for an explicit pair'),
  })
  .meta({ id: 'AcronymEntity' });

/** One mention found in a document; a union discriminated on `kind`. */
export const EntitySchema = z
  .discriminatedUnion('kind', [
    ResolutionEntitySchema,
    SymbolEntitySchema,
    DateEntitySchema,
    OrganizationEntitySchema,
    AcronymEntitySchema,
  ])
  .refine((e) => e.end >= e.start, { message: 'entity end must not precede its start' })
  .meta({ id: 'Entity' });

export type Entity = z.infer<typeof EntitySchema>;
export type ResolutionEntity = z.infer<typeof ResolutionEntitySchema>;
export type SymbolEntity = z.infer<typeof SymbolEntitySchema>;
export type DateEntity = z.infer<typeof DateEntitySchema>;
export type OrganizationEntity = z.infer<typeof OrganizationEntitySchema>;
export type AcronymEntity = z.infer<typeof AcronymEntitySchema>;
export type EntityOf<K extends EntityKind> = Extract<Entity, { kind: K }>;

/**
 * The canonical identity an entity is counted under, the same in every language:
 * `2322 (2016)`, `S/2017/97`, `2017-12`, the organisation's canonical name, `long = short`.
 */
export function entityKey(e: Entity): string {
  switch (e.kind) {
    case 'resolution':
      return `${e.number} (${e.year})`;
    case 'symbol':
      return e.symbol;
    case 'date':
      return e.value;
    case 'organization':
      return e.name;
    case 'acronym':
      return `${e.long} = ${e.short}`;
  }
}

/** Document order: by start, then end, then kind, then key; the order every output uses. */
export function compareEntities(a: Entity, b: Entity): number {
  return (
    compareStrings(a.doc, b.doc) ||
    a.start - b.start ||
    a.end - b.end ||
    ENTITY_KINDS.indexOf(a.kind) - ENTITY_KINDS.indexOf(b.kind) ||
    compareStrings(entityKey(a), entityKey(b))
  );
}

/** Code-unit string order: locale-independent, so output bytes do not depend on the machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
