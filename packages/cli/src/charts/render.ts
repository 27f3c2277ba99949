import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import type { Chart } from '@untk/reports';
import type { TopLevelSpec } from 'vega-lite';
import { writeFileAtomic } from '../output.js';

/** Debian's fonts-noto-cjk: the font file the PNG renderer is given, so that Chinese text does not vanish. */
export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/**
 * Vega numbers clip paths and gradients with a counter shared by the whole process (`clip7`), so a second chart
 * rendered in the same process gets other ids: number them afresh per SVG, in order of first appearance, so that
 * the same chart gives the same bytes however many were drawn before it.
 */
function renumberIds(svg: string): string {
  const ids = new Map<string, string>();
  const fresh = (prefix: string, old: string) => {
    let id = ids.get(old);
    if (!id) ids.set(old, (id = `${prefix}${ids.size + 1}`));
    return id;
  };
  // id="clip12", url(#clip12), href="#gradient_3": only these attribute forms, never label text.
  return svg.replace(
    /(id="|url\(#|href="#)((clip|gradient_?|pattern_?)\d+)(?=[")])/g,
    (_m, lead: string, old: string, prefix: string) => `${lead}${fresh(prefix, old)}`,
  );
}

/** A vega-lite spec as SVG, rendered headless by vega itself (the same spec the page draws). */
export async function chartToSvg(spec: Chart['spec']): Promise<string> {
  // Vega and Vega-Lite are loaded when a chart is drawn: commands that draw none start ~140 ms sooner.
  const [{ parse: parseVega, View }, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const vg = compile(spec as unknown as TopLevelSpec).spec;
  const view = new View(parseVega(vg), { renderer: 'none' });
  try {
    return renumberIds(await view.toSVG());
  } finally {
    view.finalize();
  }
}

/** SVG to PNG at twice the size, on white, with the CJK font file and the system fonts (Latin, Cyrillic, Arabic). */
export async function svgToPng(svg: string, fontFile: string): Promise<Buffer> {
  const options: ResvgRenderOptions = {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: 2 },
    font: { fontFiles: [fontFile], loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
  };
  // Off the main thread (libuv's pool): loading the CJK collection takes most of a second per chart, so the charts
  // render side by side.
  const { renderAsync } = await import('@resvg/resvg-js');
  return (await renderAsync(svg, options)).asPng();
}

/** Bytes written whole or not at all (a temporary file renamed into place), as writeFileAtomic does for text. */
async function writeBytesAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${file}.png-tmp`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes charts/<id>.svg for every chart with data and, when the CJK font file is there, charts/<id>.png; returns the files
 * written and, without the font, a warning to print (PNGs without it would lose their Chinese labels silently).
 * `pngsAtOnce`: how many PNGs render side by side (default all): each holds one of libuv's four threads, which file
 * writes need too, so a caller that writes other files meanwhile renders fewer at a time.
 */
export async function writeCharts(
  dir: string,
  charts: readonly Chart[],
  fontFile = CJK_FONT,
  pngsAtOnce = Infinity,
): Promise<{ files: string[]; warning?: string }> {
  const out = path.join(dir, 'charts');
  await mkdir(out, { recursive: true });
  const png = await exists(fontFile);
  // A chart without data is left out: an empty frame says nothing in a paper.
  const drawn = charts.filter((c) => c.rows > 0);
  const svgs: string[] = [];
  for (const c of drawn) svgs.push(await chartToSvg(c.spec));
  const pngs: Buffer[] = [];
  if (png) {
    for (let i = 0; i < svgs.length; i += pngsAtOnce) {
      pngs.push(...(await Promise.all(svgs.slice(i, i + pngsAtOnce).map((svg) => svgToPng(svg, fontFile)))));
    }
  }
  const files: string[] = [];
  for (const [i, c] of drawn.entries()) {
    await writeFileAtomic(path.join(out, `${c.id}.svg`), svgs[i] ?? '');
    files.push(`charts/${c.id}.svg`);
    const bytes = pngs[i];
    if (bytes) {
      await writeBytesAtomic(path.join(out, `${c.id}.png`), bytes);
      files.push(`charts/${c.id}.png`);
    }
  }
  return png
    ? { files }
    : {
        files,
        warning:
          `untk: no CJK font at ${fontFile} (Debian package fonts-noto-cjk): the PNG charts are not written, ` +
          'as Chinese labels would vanish from them; the SVG charts are\n',
      };
}
