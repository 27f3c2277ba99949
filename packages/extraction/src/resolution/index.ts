export { findResolutions } from './find.js';
