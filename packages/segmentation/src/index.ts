export { displayWidth, HAN, isCjk } from './chars.js';
export { detectLanguage } from './language.js';
export { normalize, type NormalizeOptions } from './normalize.js';
export { segment, sentences, type SegmentOptions } from './segment.js';
export { splitSentences, abbreviations, type Range } from './sentences.js';
export { tokenize, type RawToken } from './tokens.js';
export { DictionaryError, parseDictionary, type DictEntry } from './zh/dictionary.js';
export { addUserDictionary, isJiebaLoaded, loadJieba, unDictionary } from './zh/jieba.js';
