export { entityFrequency } from './frequency.js';
export { formatReportMarkdown } from './markdown.js';
export { buildReport, type ReportDocument } from './report.js';
