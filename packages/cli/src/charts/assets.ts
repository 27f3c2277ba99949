import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HtmlAssets } from '@untk/reports';

/** The folder of an installed package, found from its entry point (their `exports` hide package.json). */
function packageDir(name: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
  while (path.basename(dir) !== name && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** The browser builds of vega, vega-lite, vega-embed and cytoscape, read from node_modules to be inlined. */
export async function readHtmlAssets(network: boolean): Promise<HtmlAssets> {
  const read = (name: string, file: string) => readFile(path.join(packageDir(name), file), 'utf8');
  const [vega, vegaLite, vegaEmbed, cytoscape] = await Promise.all([
    read('vega', 'build/vega.min.js'),
    read('vega-lite', 'build/vega-lite.min.js'),
    read('vega-embed', 'build/vega-embed.min.js'),
    network ? read('cytoscape', 'dist/cytoscape.min.js') : Promise.resolve(undefined),
  ]);
  return { vega, vegaLite, vegaEmbed, ...(cytoscape !== undefined ? { cytoscape } : {}) };
}
