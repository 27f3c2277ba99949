import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Chart } from '@untk/reports';
import { parse as parseVega, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { writeFileAtomic } from '../output.js';

/** Debian's fonts-noto-cjk: the font file the PNG renderer is given, so that Chinese text does not vanish. */
export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/** A vega-lite spec as SVG, rendered headless by vega itself (the same spec the page draws). */
export async function chartToSvg(spec: Chart['spec']): Promise<string> {
  const vg = compile(spec as unknown as TopLevelSpec).spec;
  const view = new View(parseVega(vg), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** SVG to PNG at twice the size, on white, with the CJK font file and the system fonts (Latin, Cyrillic, Arabic). */
export function svgToPng(svg: string, fontFile: string): Buffer {
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: 2 },
    font: { fontFiles: [fontFile], loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
  });
  return resvg.render().asPng();
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
 * Writes charts/<id>.svg for every chart and, when the CJK font file is there, charts/<id>.png; returns the files
 * written and, without the font, a warning to print (PNGs without it would lose their Chinese labels silently).
 */
export async function writeCharts(
  dir: string,
  charts: readonly Chart[],
  fontFile = CJK_FONT,
): Promise<{ files: string[]; warning?: string }> {
  const out = path.join(dir, 'charts');
  await mkdir(out, { recursive: true });
  const png = await exists(fontFile);
  const files: string[] = [];
  for (const c of charts) {
    const svg = await chartToSvg(c.spec);
    await writeFileAtomic(path.join(out, `${c.id}.svg`), svg);
    files.push(`charts/${c.id}.svg`);
    if (png) {
      await writeBytesAtomic(path.join(out, `${c.id}.png`), svgToPng(svg, fontFile));
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
