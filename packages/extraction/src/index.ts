export { createContext, type EntityFields, type ExtractContext, type Extractor } from './context.js';
export { extract, EXTRACTORS, type ExtractOptions } from './extract.js';
export { findDates, findDateSpans, type DateSpan } from './date/index.js';
export { findResolutions } from './resolution/index.js';
export { canonicalSymbol, findSymbols } from './symbol/index.js';
export { findAcronyms, orderedContainment, schwartzHearstStart } from './acronym/index.js';
export { resolutionsCitedBy } from './organization/committees.js';
export { chineseNameBefore } from './organization/find-zh.js';
export { arabicNameAt, isArabicLetter } from './organization/arabic.js';
export {
  allGazetteers,
  findOrganizations,
  gazetteerFor,
  parseGazetteer,
  type Gazetteer,
} from './organization/index.js';
