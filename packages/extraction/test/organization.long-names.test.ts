import { describe, expect, it } from 'vitest';
import { corpusText } from '../../../test/support/corpus.js';
import { expectOffsets, run } from './helpers.js';

/** The bodies named on line `n` (1-based) of a language's dev-set file, read as a document of its own. */
function namesOnLine(lang: string, n: number): string[] {
  const line = corpusText(`unpc-devset/UNv1.0.devset.${lang}`).split('\n')[n - 1] ?? '';
  const orgs = run(line, lang).filter((e) => e.kind === 'organization');
  expectOffsets(line, orgs);
  return orgs.map((o) => o.name);
}

// Dev-set line 2679: `the report of the Working Group on the Long-term Sustainability of Outer Space Activities of
// the Scientific and Technical Subcommittee of the Committee on the Peaceful Uses of Outer Space`, a name of 23 words
// in English that each grammar used to cut somewhere (a word limit, `and` between two adjectives, `à long terme`,
// a participle, `和平` read as `和`).
describe('a long name in six languages (dev-set line 2679)', () => {
  it('English, Spanish and French read the working group whole', () => {
    expect(namesOnLine('en', 2679)).toEqual([
      'Working Group on the Long-term Sustainability of Outer Space Activities of the Scientific and Technical ' +
        'Subcommittee of the Committee on the Peaceful Uses of Outer Space',
    ]);
    expect(namesOnLine('es', 2679)).toEqual([
      'Grupo de Trabajo sobre la Sostenibilidad a Largo Plazo de las Actividades en el Espacio Ultraterrestre de la ' +
        'Subcomisión de Asuntos Científicos y Técnicos de la Comisión sobre la Utilización del Espacio Ultraterrestre ' +
        'con Fines Pacíficos',
    ]);
    expect(namesOnLine('fr', 2679)).toEqual([
      "Groupe de travail sur la viabilité à long terme des activités spatiales du Sous-Comité scientifique et technique du Comité des utilisations pacifiques de l'espace extra-atmosphérique",
    ]);
  });

  it('Russian, Arabic and Chinese name the Committee on the Peaceful Uses of Outer Space whole', () => {
    const ru = namesOnLine('ru', 2679);
    expect(ru).toContain('Комитет по использованию космического пространства в мирных целях');
    // (`Комитета сочли`, the Committee's members found: a verb, no part of a name.)
    expect(ru.some((n) => n.includes('сочли'))).toBe(false);
    expect(namesOnLine('ar', 2679)).toEqual([
      'الفريق العامل المعني باستدامة أنشطة الفضاء الخارجي',
      'اللجنة الفرعية العلمية والتقنية',
      'لجنة استخدام الفضاء الخارجي في الأغراض السلمية',
    ]);
    expect(namesOnLine('zh', 2679)).toEqual([
      '和平利用外层空间委员会科学和技术小组委员会',
      '外层空间活动长期可持续性工作组',
    ]);
  });

  it('French reads a name past 30 words of its sentence (`… en Afrique de l’Ouest`, line 2772)', () => {
    expect(namesOnLine('fr', 2772)).toContain(
      "Groupe intergouvernemental d'action contre le blanchiment d'argent en Afrique de l'Ouest",
    );
  });
});
