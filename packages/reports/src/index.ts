export {
  CooccurrenceCounter,
  MAX_PAIRS,
  TooManyPairs,
  TEXT_UNITS,
  tokenItems,
  unitItems,
  windowItems,
  windowsOf,
  type CooccurrenceUnit,
  type PairRow,
} from './cooccurrence.js';
export {
  countDocument,
  distinctSpans,
  documentFolder,
  documentYear,
  itemId,
  parseItemId,
  wordKey,
  type DocumentCounts,
  type ItemKind,
  type ReportDocument,
} from './documents.js';
export {
  entityFrequency,
  GROUP_BY,
  groupDocuments,
  itemFrequency,
  monthsOfActivity,
  surfaceForms,
  type GroupBy,
  type ItemFrequency,
} from './frequency.js';
export { compareDocuments, documentSimilarity, type Comparison, type KeynessRow } from './keyness.js';
export { formatComparisonMarkdown, formatReportMarkdown } from './markdown.js';
export {
  associationScores,
  chiSquare1Upper,
  cosineSimilarity,
  erfc,
  griesDp,
  keynessScores,
  type AssociationScores,
  type KeynessScores,
} from './measures.js';
export {
  buildNetwork,
  networkToGexf,
  networkToGraphml,
  seededRandom,
  type Network,
  type NetworkEdge,
  type NetworkNode,
} from './network.js';
export {
  analyseCorpus,
  buildReport,
  ReportBuilder,
  type FrequencyTableRow,
  type ReportOptions,
  type ReportResult,
} from './report.js';
export { documentPartial, narrowPartial, partialCounts, type DocumentPartial, type PartialOptions } from './partial.js';
export { stopWords } from './stopwords.js';
export {
  buildGlossary,
  linkConfidence,
  type Glossary,
  type GlossaryEntry,
  type GlossaryGroup,
  type GlossaryLink,
  type GlossaryOptions,
  type GlossaryShortForm,
} from './glossary.js';
export { formatGlossary, GLOSSARY_FORMATS, type GlossaryFormat } from './glossary-format.js';
export { projectedLang } from './projection.js';
export {
  barChart,
  comparisonPage,
  FONT_STACK,
  keynessChart,
  layoutNetwork,
  reportCharts,
  reportPage,
  timelineChart,
  timelineRows,
  type Chart,
  type ChartSpec,
  type ComparisonPageInput,
  type HtmlAssets,
  type HtmlPage,
  type ReportPageInput,
  type TimelineRow,
} from './html/index.js';
