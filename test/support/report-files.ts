/**
 * The files `untk report --out` writes in its folder, listed by hand and sorted (UTF-16 code-unit order): the
 * report, the network and table files, the self-contained page, and a static chart of each kind in SVG and PNG.
 */
export const REPORT_FILES: readonly string[] = [
  '.untk-report',
  'cooccurrence.csv',
  'entities.jsonl',
  'frequency.csv',
  'network.gexf',
  'network.graphml',
  'report.html',
  'report.json',
  'report.md',
  ...['organizations', 'resolutions', 'symbols', 'timeline'].flatMap((c) => [`charts/${c}.png`, `charts/${c}.svg`]),
].sort();
