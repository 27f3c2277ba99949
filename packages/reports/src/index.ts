export { entityFrequency } from './frequency.js';
export { formatReportMarkdown } from './markdown.js';
export { buildReport, type ReportDocument } from './report.js';
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
