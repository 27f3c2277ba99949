export { displayWidth, HAN, isCjk } from './chars.js';
export { detectLanguage } from './language.js';
export { normalize, type NormalizeOptions } from './normalize.js';
