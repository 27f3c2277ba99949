import { findDateSpans } from '../packages/extraction/src/date/find.js';
for (const [t, l] of [['11-24 February, 2014', 'en'], ['(17 نيســان/أبريل 2000؛', 'ar'], ['من ١ إلى ٢ دجنبر ٢٠١٤', 'ar']] as const) console.log(JSON.stringify(findDateSpans(t, l)));
