/**
 * The acronym extractor alone reads pairs from a cheaper pass (`analyzePairs` without the organisation
 * extractor); with organisations it reads them from the full analysis. Both must give the same pairs, on every
 * document of the bundled corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UN_LANGS, type Document } from '@untk/core';
import { normalize } from '@untk/segmentation';
import { corpusPath, corpusText, seedText } from '../../../test/support/corpus.js';
import { createContext } from '../src/index.js';
import { analyzeBodies, analyzePairs } from '../src/organization/analyze.js';

function bothWays(id: string, lang: string, text: string) {
  const doc: Document = { id, source: id, lang, text };
  const norm = normalize(text);
  const alone = analyzePairs(createContext(doc, norm));
  const full = analyzeBodies(createContext(doc, norm)).pairs;
  return { alone, full };
}

describe('pairs without the full analysis', () => {
  it.each(UN_LANGS)('are the full analysis pairs in the %s dev set', (lang) => {
    const { alone, full } = bothWays(lang, lang, corpusText(`unpc-devset/UNv1.0.devset.${lang}`));
    expect(alone).toEqual(full);
    // The Arabic dev set's brackets hold few short forms, all words the gazetteer knows (`(اليونيسيف)`, `(آسيان)`).
    expect(full.length).toBeGreaterThanOrEqual(lang === 'ar' ? 3 : 20);
  });

  it('are the full analysis pairs in the seed', () => {
    const { alone, full } = bothWays('seed', 'zh', seedText());
    expect(alone).toEqual(full);
    expect(full.length).toBeGreaterThan(10);
  });

  it('are the full analysis pairs in every CR-UNSC resolution', () => {
    const dir = corpusPath('cr-unsc-resolutions-en');
    let pairs = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const { alone, full } = bothWays(f, 'en', readFileSync(path.join(dir, f), 'utf8'));
      expect(alone, f).toEqual(full);
      pairs += full.length;
    }
    expect(pairs).toBeGreaterThan(100);
  });

  // Each rule of the pairs-only pass at work: a capitalised name that replaces a gazetteer short form (so that
  // occurrence is no undeclared short form), a capitalised name or a gazetteer name ending before a bracket, a
  // short form from another language after a headed name, and a name that a longer gazetteer match keeps out.
  it.each([
    ['en', 'The UNODC Regional Office met.\nLater UNODC agreed.', 'UNODC'],
    ['en', 'The UNODC Liaison Office (ULO) met; UNODC agreed.', 'ULO'],
    ['en', 'the Financial Action Task Force (FATF) and the EU', 'FATF'],
    ['en', 'the Global Counterterrorism Forum\n (GCTF), the Asia/Pacific Group on Money Laundering (APG)', 'APG'],
    ['en', 'Fuerza Provisional de Seguridad de las Naciones Unidas para Abyei (UNISFA)', 'UNISFA'],
    ['en', 'the Council of Europe Office (CEO), the Security Council (SC)', 'CEO'],
    ['en', 'the World Health Organization\tOffice (WHOO) and WHO', 'WHO'],
    ['fr', "l'Office des Nations Unies contre la drogue et le crime (ONUDC) et l'UNODC", 'ONUDC'],
  ])('are the full analysis pairs in %s: %j', (lang, text, short) => {
    const { alone, full } = bothWays('t', lang, text);
    expect(alone).toEqual(full);
    expect(full.map((p) => p.short)).toContain(short);
  });

  it.each(['en', 'fr', 'es', 'ru', 'ar'])(
    'are the full analysis pairs on generated %s text around brackets and body names',
    (lang) => {
      const piece = fc.constantFrom(
        'UNODC',
        'WHO',
        'EU',
        'Security Council',
        'United Nations',
        'World Health Organization',
        'Financial Action Task Force',
        'Regional',
        'Office',
        'Task Force',
        'Council of Europe',
        'Interpol',
        ' ',
        ' ',
        '\n',
        '\t',
        ' of the ',
        ' and ',
        'the ',
        ', ',
        '. ',
        '-',
        '/',
        '(',
        ')',
        ' (UNODC)',
        ' (FATF)',
        ' (ROFT)',
        ' (UNISFA)',
        ' (World Health Organization)',
        ' (2017)',
        'met',
        'Office des Nations Unies',
        'Conseil',
        // Spanish names, read as capitalised sequences (`Consejo de Seguridad y la Asamblea General`).
        'Consejo de Seguridad',
        'Asamblea General',
        'Oficina de las Naciones Unidas contra la Droga y el Delito',
        'Comisión',
        'Económica',
        ' de la ',
        ' y la ',
        ' por el Representante',
        ' (ONUDD)',
        ' (CEPAL)',
        // French names, read from their head word (`Groupe d'experts sur la Libye`, `Comité … et du Comité …`).
        "Groupe d'experts",
        'Comité consultatif',
        ' sur la ',
        ' et du ',
        ' pour les questions administratives',
        " de l'",
        'Organisation des Nations Unies',
        ' continuera',
        ' (GEL)',
        // Russian names, read at their head noun and declined (`Комитетом по правам человека (КПЧ)`).
        'Комитетом',
        'Специальный комитет',
        ' по правам человека',
        'Организации Объединенных Наций',
        ' рекомендовал',
        ' (КПЧ)',
        // Arabic names, read at their head word (`لجنة السكان والتنمية (CPD)`, `للجنة الاقتصادية`).
        'لجنة',
        'للجنة',
        ' السكان',
        ' والتنمية',
        ' الاقتصادية',
        'مجلس الأمن',
        ' الأمم المتحدة',
        ' المعني',
        ' بالمخدرات',
        'بعثة',
        ' في مالي',
        ' (CPD)',
        ' (اليونيسيف)',
        'منظمة الأمم المتحدة للطفولة',
        'واليونيسيف',
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
          const { alone, full } = bothWays('t', lang, parts.join(''));
          expect(alone).toEqual(full);
        }),
        { numRuns: 400 },
      );
    },
  );

  it('come from the full analysis when the organisation extractor ran first on the same context', () => {
    const doc: Document = { id: 'seed', source: 'seed', lang: 'zh', text: seedText() };
    const ctx = createContext(doc, normalize(doc.text));
    const full = analyzeBodies(ctx).pairs;
    expect(analyzePairs(ctx)).toBe(full);
  });
});
