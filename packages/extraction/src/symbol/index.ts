export { findSymbols } from './find.js';
export { canonicalSymbol } from './parse.js';
