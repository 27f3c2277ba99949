export { EXIT, type CliIo } from './io.js';
export { main, VERSION } from './main.js';
