export {
  comparisonPage,
  escapeHtml,
  reportCharts,
  reportPage,
  type ComparisonPageInput,
  type HtmlAssets,
  type HtmlPage,
  type ReportPageInput,
} from './page.js';
export { layoutNetwork, LAYOUT_ITERATIONS } from './layout.js';
export {
  barChart,
  FONT_STACK,
  keynessChart,
  timelineChart,
  timelineRows,
  type Chart,
  type ChartSpec,
  type TimelineRow,
} from './specs.js';
