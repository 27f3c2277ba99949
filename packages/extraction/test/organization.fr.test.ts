import { describe, expect, it } from 'vitest';
import type { OrganizationEntity } from '@untk/core';
import { corpusText } from '../../../test/support/corpus.js';
import { expectOffsets, run } from './helpers.js';

// UN French capitalises only the first word of a body's name: names the gazetteer does not list are read from a
// capitalised head word by the grammar of french.ts, and end where it does.
describe('French bodies in the dev set, read from their head word', () => {
  const fr = corpusText('unpc-devset/UNv1.0.devset.fr').split('\n');
  const en = corpusText('unpc-devset/UNv1.0.devset.en').split('\n');
  const orgsOf = (lang: string, text: string, id: string) =>
    run(text, lang, id).filter((e): e is OrganizationEntity => e.kind === 'organization');
  const byLine = fr.map((line, i) => orgsOf('fr', line, `fr:${i + 1}`));
  const names = new Set(byLine.flat().map((o) => o.name));
  // The names found inside the first place `needle` stands on a line of the dev set.
  const namesIn = (needle: string) => {
    const i = fr.findIndex((l) => l.includes(needle));
    expect(i, needle).toBeGreaterThanOrEqual(0);
    const at = fr[i]!.indexOf(needle);
    return byLine[i]!.filter((o) => o.start >= at && o.start < at + needle.length).map((o) => o.name);
  };

  it('finds the bodies the gazetteer does not list, with offsets on the original', () => {
    for (const [i, orgs] of byLine.entries()) if (orgs.length > 0) expectOffsets(fr[i]!, orgs);
    for (const name of [
      'Conseil économique et social',
      'Commission de la condition de la femme',
      "Département de l'appui aux missions",
      'Comité consultatif pour les questions administratives et budgétaires',
      'Groupe de travail ouvert sur les objectifs de développement durable',
      "Commission économique et sociale pour l'Asie et le Pacifique",
      "Commission économique pour l'Amérique latine et les Caraïbes",
      "Mécanisme d'experts sur les droits des peuples autochtones",
      "Groupe de l'audit interne et des investigations",
      'Groupe des États membres du Mouvement des pays non alignés',
    ])
      expect(names).toContain(name);
    // Measured: 430 names on the whole file, 34 from the gazetteer and acronym pairs alone before.
    expect(names.size).toBeGreaterThan(350);
  });

  it.each([
    // a verb, `au titre de`, a pronoun, a determiner end a name
    ['Division des achats continuera', ['Division des achats']],
    ["Département de l'information au titre du budget-programme", ["Département de l'information"]],
    ["Force s'est également retirée", []],
    // `sur` and a topic after a head that takes one, not the subject of a report after another
    ["Groupe d'experts sur la Libye", ["Groupe d'experts sur la Libye"]],
    ['chaque Commission a décidé', []],
    // `et` and a second body's head word: two names
    [
      "Comité d'étude des produits chimiques et du Comité d'étude des polluants organiques",
      ["Comité d'étude des produits chimiques", "Comité d'étude des polluants organiques"],
    ],
    // a principal organ keeps no complement after it
    ['Conseil de sécurité sur la situation', ['Conseil de sécurité']],
  ])('in %j: %j', (needle, expected) => {
    expect(namesIn(needle)).toEqual(expected);
  });

  it('reads no state, no permanent mission, no programme of action and no organ with a complement as a body', () => {
    const bad = [...names].filter((n) =>
      /^(?:Fédération de Russie|Mission permanente|Programme d['’][Aa]ction)|^(?:Conseil de sécurité|Assemblée générale|Conseil économique et social|Union africaine|Union européenne) /u.test(
        n,
      ),
    );
    expect(bad).toEqual([]);
    // Every name is a head and more: the generic `le Comité`, `la Commission` name none.
    expect([...names].filter((n) => !/\s/u.test(n) && !/^\p{Lu}{2,}$/u.test(n))).toEqual([]);
  });

  it('names a body on a line whose English translation names one too, nearly always (measured: 0.91)', () => {
    let withBody = 0;
    let both = 0;
    for (const [i, orgs] of byLine.entries()) {
      if (orgs.length === 0) continue;
      withBody++;
      if (orgsOf('en', en[i] ?? '', `en:${i + 1}`).length > 0) both++;
    }
    expect(withBody).toBeGreaterThan(900);
    expect(both / withBody).toBeGreaterThanOrEqual(0.88);
  });
});
