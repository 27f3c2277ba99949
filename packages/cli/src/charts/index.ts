export { readHtmlAssets } from './assets.js';
export { CJK_FONT, chartToSvg, svgToPng, writeCharts } from './render.js';
