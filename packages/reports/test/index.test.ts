import { describe, expect, it } from 'vitest';
import * as reports from '../src/index.js';

describe('public API', () => {
  it('exports exactly the intended names', () => {
    expect(Object.keys(reports).sort()).toEqual(
      [
        'CooccurrenceCounter',
        'GROUP_BY',
        'MAX_PAIRS',
        'ReportBuilder',
        'TEXT_UNITS',
        'TooManyPairs',
        'analyseCorpus',
        'associationScores',
        'buildGlossary',
        'buildNetwork',
        'buildReport',
        'chiSquare1Upper',
        'compareDocuments',
        'barChart',
        'comparisonPage',
        'keynessChart',
        'timelineChart',
        'FONT_STACK',
        'layoutNetwork',
        'reportCharts',
        'reportPage',
        'timelineRows',
        'cosineSimilarity',
        'countDocument',
        'distinctSpans',
        'documentFolder',
        'documentSimilarity',
        'documentYear',
        'entityFrequency',
        'erfc',
        'formatComparisonMarkdown',
        'formatGlossary',
        'GLOSSARY_FORMATS',
        'formatReportMarkdown',
        'griesDp',
        'groupDocuments',
        'itemFrequency',
        'itemId',
        'keynessScores',
        'linkConfidence',
        'monthsOfActivity',
        'networkToGexf',
        'networkToGraphml',
        'parseItemId',
        'seededRandom',
        'stopWords',
        'surfaceForms',
        'unitItems',
        'windowItems',
        'wordKey',
        'documentPartial',
        'narrowPartial',
        'partialCounts',
        'projectedLang',
        'tokenItems',
        'windowsOf',
      ].sort(),
    );
  });

  it('loads a valid stop-word list for each of the six languages', () => {
    for (const lang of ['ar', 'en', 'es', 'fr', 'ru', 'zh']) expect(reports.stopWords(lang).size).toBeGreaterThan(10);
    expect(reports.stopWords('en').has('the')).toBe(true);
    expect(reports.stopWords('zh').has('的')).toBe(true);
    expect(reports.stopWords('de').size).toBe(0);
  });
});
