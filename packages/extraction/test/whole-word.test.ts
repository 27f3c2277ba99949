import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UN_LANGS } from '@untk/core';
import { normalize } from '@untk/segmentation';
import { corpusPath, corpusText } from '../../../test/support/corpus.js';
import type { OrgMention } from '../src/organization/mention.js';
import {
  bodiesOfStretch,
  capitalisedBodies,
  GazetteerNear,
  gazetteerMatches,
  gazetteerPattern,
  letterOrDigitAt,
  letterOrDigitBefore,
  shortFormStarts,
  wholeWordMatches,
  wholeWordMatchesOfEach,
} from '../src/organization/find-latin.js';
import { allGazetteers, gazetteerFor, type Gazetteer } from '../src/index.js';

/** The global pattern scan that wholeWordMatches stands in for. */
function byPattern(text: string, form: string): Array<[number, number]> {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\n]');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  const out: Array<[number, number]> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

describe('wholeWordMatches (the fast search for short forms used again)', () => {
  it.each(UN_LANGS.filter((l) => l !== 'zh'))(
    'finds what the pattern finds in the %s dev set, for gazetteer short forms and words of the text',
    (lang) => {
      const text = corpusText(`unpc-devset/UNv1.0.devset.${lang}`).slice(0, 200_000);
      const words = [...text.matchAll(/[\p{L}\p{N}-]{2,}/gu)].filter((_, i) => i % 401 === 0).map((m) => m[0]);
      // Parts of words too (not whole words at most places), and gazetteer forms of every language.
      const pieces = words.map((w) => w.slice(1));
      const gazetteerForms = Object.values(allGazetteers())
        .flatMap((g) => [...g.byKey.keys()])
        .slice(0, 200);
      const forms = [...new Set([...words, ...pieces, ...gazetteerForms, 'ООН-Женщины', 'UN', 'a'])];
      expect(forms.length).toBeGreaterThan(100);
      let found = 0;
      for (const form of forms) {
        const expected = byPattern(text, form);
        expect(wholeWordMatches(text, form), form).toEqual(expected);
        found += expected.length;
      }
      expect(found).toBeGreaterThan(100);
    },
  );
});

describe('wholeWordMatchesOfEach (one pass for many short forms)', () => {
  it.each(UN_LANGS.filter((l) => l !== 'zh'))(
    'finds what wholeWordMatches finds for each form, in the %s dev set',
    (lang) => {
      const text = corpusText(`unpc-devset/UNv1.0.devset.${lang}`).slice(0, 200_000);
      const words = [...text.matchAll(/[\p{L}\p{N}-]{2,}/gu)].filter((_, i) => i % 97 === 0).map((m) => m[0]);
      const forms = [...new Set([...words, ...words.map((w) => w.slice(0, 2)), 'ООН-Женщины', 'UN', 'a', 'UN Women'])];
      expect(forms.length).toBeGreaterThan(100);
      const each = wholeWordMatchesOfEach(text, forms);
      let found = 0;
      for (const form of forms) {
        const expected = wholeWordMatches(text, form);
        expect(each.get(form), form).toEqual(expected);
        found += expected.length;
      }
      expect(found).toBeGreaterThan(1000);
    },
  );
});

describe('gazetteerMatches (the trie that stands in for the alternation)', () => {
  /** The global scan with the gazetteer's alternation. */
  const byAlternation = (text: string, gaz: Gazetteer) => {
    const re = gazetteerPattern(gaz);
    re.lastIndex = 0;
    const out: Array<[number, number, string]> = [];
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const row = gaz.byKey.get(m[0].replace(/\n/g, ' '));
      if (row) out.push([m.index, m.index + m[0].length, row.form]);
    }
    return out;
  };
  const byTrie = (text: string, gaz: Gazetteer) =>
    gazetteerMatches(text, gaz).map((g): [number, number, string] => [g.start, g.end, g.row.form]);

  it.each(UN_LANGS.filter((l) => l !== 'zh'))('finds what the alternation finds in the whole %s dev set', (lang) => {
    const gaz = gazetteerFor(lang) as Gazetteer;
    const text = normalize(corpusText(`unpc-devset/UNv1.0.devset.${lang}`)).text;
    const expected = byAlternation(text, gaz);
    expect(byTrie(text, gaz)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(100);
  });

  it('finds what the alternation finds in every CR-UNSC resolution', () => {
    const gaz = gazetteerFor('en') as Gazetteer;
    const dir = corpusPath('cr-unsc-resolutions-en');
    let found = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = normalize(readFileSync(path.join(dir, f), 'utf8')).text;
      const expected = byAlternation(text, gaz);
      expect(byTrie(text, gaz), f).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(1000);
  });

  it.each(['ar', 'ru', 'fr'] as const)(
    'agrees on generated strings of %s gazetteer forms, pieces of them, letters of other scripts and surrogates',
    (lang) => {
      const gaz = gazetteerFor(lang) as Gazetteer;
      const forms = [...gaz.byKey.keys()];
      const piece = fc.oneof(
        fc.constantFrom(...forms),
        fc.constantFrom(...forms).map((f) => f.replace(/ /g, '\n')),
        fc.constantFrom(...forms).map((f) => f.slice(1)),
        fc.constantFrom(...forms).map((f) => f.slice(0, -1)),
        fc.constantFrom(' ', '\n', 'ا', 'ل', 'я', 'é', '٣', '\u{1d400}', '\u{1f600}', '\ud835', '\udc00', '-', '.'),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
          const text = parts.join('');
          expect(byTrie(text, gaz)).toEqual(byAlternation(text, gaz));
        }),
        { numRuns: 300 },
      );
    },
  );

  it('agrees on generated strings of gazetteer forms, pieces of them, letters and line breaks', () => {
    const gaz = gazetteerFor('en') as Gazetteer;
    const forms = [...gaz.byKey.keys()].slice(0, 30);
    const piece = fc.oneof(
      fc.constantFrom(...forms),
      fc.constantFrom(...forms).map((f) => f.replace(/ /g, '\n')),
      fc.constantFrom(...forms).map((f) => f.slice(0, -2)),
      fc.constantFrom(' ', '\n', 'a', 'X', '1', '-', '(', 'é'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(byTrie(text, gaz)).toEqual(byAlternation(text, gaz));
      }),
    );
  });
});

describe('GazetteerNear and shortFormStarts (the gazetteer read only where the pairs-only pass needs it)', () => {
  type Span = [number, number];
  /** What the whole scan finds that overlaps one of the regions. */
  const wholeScanIn = (text: string, gaz: Gazetteer, regions: readonly Span[]) =>
    gazetteerMatches(text, gaz).filter((g) => regions.some(([from, to]) => g.start < to && g.end > from));
  const key = (g: { start: number; end: number; row: { form: string } }) => `${g.start}:${g.end}:${g.row.form}`;
  /**
   * The matches GazetteerNear gives for the regions, checked against the whole scan: each is one of its matches
   * (in order, each once), and every one of them overlapping a region is there. Returns those overlapping a region.
   */
  const near = (text: string, gaz: Gazetteer, regions: readonly Span[]) => {
    const scan = GazetteerNear.of(text, gaz);
    if (!scan) throw new Error('no trie');
    for (const [from, to] of [...regions].sort((a, b) => a[0] - b[0])) scan.cover(from, to);
    const whole = gazetteerMatches(text, gaz).map(key);
    const got = scan.matches.map(key);
    expect(got.filter((k) => whole.includes(k))).toEqual(got);
    expect(got).toEqual(whole.filter((k) => got.includes(k)));
    return scan.matches.filter((g) => regions.some(([from, to]) => g.start < to && g.end > from));
  };
  /** Every start of a short form standing as a whole word, each form searched alone and overlaps kept. */
  const shortStartsByForm = (text: string, gaz: Gazetteer) => {
    const starts = new Set<number>();
    for (const [key, row] of gaz.byKey) {
      if (row.type !== 'short') continue;
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        starts.add(m.index);
        re.lastIndex = m.index + 1;
      }
    }
    return [...starts].sort((a, b) => a - b);
  };
  const latin = UN_LANGS.filter((l) => l !== 'zh');

  it.each(latin)(
    'finds what the whole scan finds around brackets and every 53rd position, in the %s dev set',
    (lang) => {
      const gaz = gazetteerFor(lang) as Gazetteer;
      const text = normalize(corpusText(`unpc-devset/UNv1.0.devset.${lang}`)).text;
      const regions: Span[] = [];
      for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) regions.push([Math.max(0, i - 3), i]);
      for (let i = 0; i < text.length; i += 53) regions.push([i, i + 1 + (i % 7)]);
      const expected = wholeScanIn(text, gaz, regions);
      expect(near(text, gaz, regions)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(50);
    },
  );

  it.each(latin)('shortFormStarts finds each start of a short form, in the %s dev set', (lang) => {
    const gaz = gazetteerFor(lang) as Gazetteer;
    const text = normalize(corpusText(`unpc-devset/UNv1.0.devset.${lang}`)).text;
    const starts = shortFormStarts(text, gaz);
    expect(starts).toEqual(shortStartsByForm(text, gaz));
    // Every match of a short form by the whole scan starts at one of them.
    const set = new Set(starts);
    for (const g of gazetteerMatches(text, gaz)) if (g.row.type === 'short') expect(set.has(g.start)).toBe(true);
  });

  it('finds what the whole scan finds around each short form and bracket, in every CR-UNSC resolution', () => {
    const gaz = gazetteerFor('en') as Gazetteer;
    const dir = corpusPath('cr-unsc-resolutions-en');
    let found = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = normalize(readFileSync(path.join(dir, f), 'utf8')).text;
      const regions: Span[] = shortFormStarts(text, gaz).map((p) => [p, p + 1]);
      for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) regions.push([Math.max(0, i - 20), i]);
      const expected = wholeScanIn(text, gaz, regions);
      expect(near(text, gaz, regions), f).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(300);
  });

  it.each(['en', 'fr'] as const)('agrees with the whole scan on generated %s strings and regions', (lang) => {
    const gaz = gazetteerFor(lang) as Gazetteer;
    const forms = [...gaz.byKey.keys()];
    const piece = fc.oneof(
      fc.constantFrom(...forms),
      fc.constantFrom(...forms).map((f) => f.replace(/ /g, '\n')),
      fc.constantFrom(...forms).map((f) => f.slice(0, -3)),
      fc.constantFrom(...forms).map((f) => f.slice(2)),
      fc.constantFrom(' ', '\n', 'a', 'of', '1', '-', '(', ')', '.', 'é'),
    );
    const input = fc
      .array(piece, { maxLength: 12 })
      .map((parts) => parts.join(''))
      .chain((text) =>
        fc.tuple(
          fc.constant(text),
          fc.array(
            fc.tuple(fc.nat(text.length), fc.nat(12)).map(([from, n]): Span => [from, Math.min(text.length, from + n)]),
            { maxLength: 5 },
          ),
        ),
      );
    fc.assert(
      fc.property(input, ([text, regions]) => {
        expect(near(text, gaz, regions)).toEqual(wholeScanIn(text, gaz, regions));
        expect(shortFormStarts(text, gaz)).toEqual(shortStartsByForm(text, gaz));
      }),
      { numRuns: 500 },
    );
  });
});

describe('letterOrDigitAt and letterOrDigitBefore (a table filled as code units are met)', () => {
  const pattern = /^[\p{L}\p{N}]$/u;

  it('answer what the pattern answers for every UTF-16 code unit, alone and between others', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const expected = pattern.test(ch);
      if (letterOrDigitAt(ch, 0) !== expected || letterOrDigitBefore(ch, 1) !== expected) wrong.push(c);
      if (letterOrDigitAt(`a${ch}b`, 1) !== expected || letterOrDigitBefore(`a${ch}b`, 2) !== expected) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('read a surrogate pair as one code point and a lone surrogate as no letter', () => {
    // 𝐀 (U+1D400, a letter), 😀 (U+1F600, no letter), a lone high and a lone low surrogate.
    const text = 'x\u{1d400}y\u{1f600}z\ud835w\udc00v';
    for (let i = 0; i <= text.length; i++) {
      const at = String.fromCodePoint(text.codePointAt(i) ?? 0);
      expect(letterOrDigitAt(text, i), `at ${i}`).toBe(i < text.length && pattern.test(at));
      const low = text.charCodeAt(i - 1);
      const pair = i >= 2 && low >= 0xdc00 && low <= 0xdfff && /[\ud800-\udbff]/.test(text[i - 2] ?? '');
      const before = i === 0 ? '' : pair ? text.slice(i - 2, i) : (text[i - 1] ?? '');
      expect(letterOrDigitBefore(text, i), `before ${i}`).toBe(pattern.test(before));
    }
  });
});

describe('capitalisedBodies (the scan cut into stretches around head words)', () => {
  /** The scan of the whole text in one piece, as it was before the cut. */
  const wholeScan = (text: string) => {
    const out: OrgMention[] = [];
    bodiesOfStretch(text, 0, text.length, out);
    return out;
  };

  it('finds what the scan of the whole text finds, in the en dev set and every CR-UNSC resolution', () => {
    const dir = corpusPath('cr-unsc-resolutions-en');
    const texts = [
      corpusText('unpc-devset/UNv1.0.devset.en'),
      ...readdirSync(dir)
        .filter((n) => n.endsWith('.txt'))
        .map((f) => readFileSync(path.join(dir, f), 'utf8')),
    ].map((t) => normalize(t).text);
    let found = 0;
    for (const text of texts) {
      const expected = wholeScan(text);
      expect(capitalisedBodies(text)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(5000);
  });

  it('finds what the scan of the whole text finds on generated strings', () => {
    const piece = fc.constantFrom(
      'United Nations',
      'Office',
      'Council',
      'Counter-Terrorism',
      'A-B-C-D-E',
      ' ',
      ' of the ',
      ' and ',
      ', ',
      '\n',
      '/',
      'Forces',
      'Distr',
      'President of the',
      'x',
      '’s',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(capitalisedBodies(text)).toEqual(wholeScan(text));
      }),
    );
  });

  it('finds, in Spanish, what the scan of the whole text finds, in the es dev set and on generated strings', () => {
    const wholeEs = (text: string) => {
      const out: OrgMention[] = [];
      bodiesOfStretch(text, 0, text.length, out, 'es');
      return out;
    };
    const devset = normalize(corpusText('unpc-devset/UNv1.0.devset.es')).text;
    const expected = wholeEs(devset);
    expect(capitalisedBodies(devset, 'es')).toEqual(expected);
    expect(expected.length).toBeGreaterThan(500);
    const piece = fc.constantFrom(
      'Consejo',
      'Consejo de Seguridad',
      'Naciones Unidas',
      'Comisión Económica',
      'Alto Comisionado',
      'Programa de Acción',
      ' ',
      ' de la ',
      ' y la ',
      ' y ',
      ' por el Representante',
      ', ',
      '\n',
      '/',
      'ONUDD',
      'x',
      'Ñ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(capitalisedBodies(text, 'es')).toEqual(wholeEs(text));
      }),
    );
  });

  it('finds, in Russian, line by line and piece by piece what the scan of the whole text finds', () => {
    // The pairs-only pass reads the stretches between characters that break a sequence: a name never crosses one,
    // so reading the text cut at each line break and comma gives what one reading of the whole gives.
    const cutAndRead = (text: string) => {
      const out: OrgMention[] = [];
      let from = 0;
      for (let i = 0; i <= text.length; i++) {
        if (i < text.length && text[i] !== '\n' && text[i] !== ',') continue;
        bodiesOfStretch(text, from, i, out, 'ru');
        from = i + 1;
      }
      return out;
    };
    const devset = normalize(corpusText('unpc-devset/UNv1.0.devset.ru')).text;
    const expected = capitalisedBodies(devset, 'ru');
    expect(cutAndRead(devset)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(1000);
    const piece = fc.constantFrom(
      'Комитет',
      'Комитета',
      'Специальный',
      'Экономического и Социального Совета',
      'Организации Объединенных Наций',
      'по правам человека',
      'экспертов',
      ' ',
      ' и ',
      ' по ',
      ' в ',
      'Мали',
      ' рекомендовал',
      ', ',
      '\n',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(cutAndRead(text)).toEqual(capitalisedBodies(text, 'ru'));
      }),
    );
  });

  it('finds, in French, what the scan of the whole text finds, in the fr dev set and on generated strings', () => {
    const wholeFr = (text: string) => {
      const out: OrgMention[] = [];
      bodiesOfStretch(text, 0, text.length, out, 'fr');
      return out;
    };
    const devset = normalize(corpusText('unpc-devset/UNv1.0.devset.fr')).text;
    const expected = wholeFr(devset);
    expect(capitalisedBodies(devset, 'fr')).toEqual(expected);
    expect(expected.length).toBeGreaterThan(500);
    const piece = fc.constantFrom(
      'Comité',
      'Sous-Comité',
      'Conseil de sécurité',
      'Nations Unies',
      'Groupe de travail',
      'consultatif',
      ' ',
      ' de la ',
      " d'",
      " l'",
      ' et du ',
      ' et ',
      ' sur les ',
      ' continuera',
      ', ',
      '\n',
      '/',
      'PNUE',
      'x',
      'É',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(capitalisedBodies(text, 'fr')).toEqual(wholeFr(text));
      }),
    );
  });
});
