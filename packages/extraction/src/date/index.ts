export { findDates, findDateSpans, type DateSpan } from './find.js';
