export { DocumentSchema, type Document } from './document.js';
export {
  AcronymEntitySchema,
  compareEntities,
  compareStrings,
  DATE_MODIFIERS,
  DATE_PRECISIONS,
  DateEntitySchema,
  ENTITY_KINDS,
  EntitySchema,
  entityKey,
  IsoDateValueSchema,
  OrganizationEntitySchema,
  ResolutionEntitySchema,
  SymbolEntitySchema,
  type AcronymEntity,
  type DateEntity,
  type Entity,
  type EntityKind,
  type EntityOf,
  type OrganizationEntity,
  type ResolutionEntity,
  type SymbolEntity,
} from './entity.js';
export { outputJsonSchemas } from './json-schema.js';
export { isUnLang, LangTagSchema, UN_LANGS, unLangOf, UnLangSchema, type LangTag, type UnLang } from './lang.js';
export { NormalizedTextBuilder, toOriginal, type Aside, type Block, type NormalizedText } from './normalized.js';
export {
  COOCCURRENCE_UNITS,
  CommunitySchema,
  CooccurrenceSchema,
  DocumentSummarySchema,
  FrequencyRowSchema,
  GroupSchema,
  INPUT_ERROR_CODES,
  InputErrorSchema,
  ITEM_KINDS,
  ItemFrequencySchema,
  PairSchema,
  ReportSchema,
  type Community,
  type Cooccurrence,
  type DocumentSummary,
  type FrequencyRow,
  type Group,
  type InputError,
  type ItemFrequencyRow,
  type Pair,
  type Report,
} from './report.js';
export { SEGMENT_KINDS, SegmentSchema, type Segment } from './segment.js';
export { SpanSchema, type Span } from './span.js';
