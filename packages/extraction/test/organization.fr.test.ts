import { describe, expect, it } from 'vitest';
import type { OrganizationEntity } from '@untk/core';
import { devsetBodies } from './devset-bodies.js';
import { expectOffsets, run } from './helpers.js';

// UN French capitalises only the first word of a body's name: names the gazetteer does not list are read from a
// capitalised head word by the grammar of french.ts, and end where it does.
describe('French bodies in the dev set, read from their head word', () => {
  const dev = devsetBodies('fr');
  const { names } = dev;

  it('finds the bodies the gazetteer does not list, with offsets on the original', () => {
    dev.expectOffsets();
    for (const name of [
      'Conseil économique et social',
      'Commission de la condition de la femme',
      "Département de l'appui aux missions",
      'Comité consultatif pour les questions administratives et budgétaires',
      'Groupe de travail ouvert sur les objectifs de développement durable',
      "Mécanisme d'experts sur les droits des peuples autochtones",
      "Groupe de l'audit interne et des investigations",
      // (the Group of Non-Aligned States Parties, found here before, is a gazetteer row now, all its forms one name)
      'Département des affaires économiques et sociales',
      'Comité consultatif permanent des Nations Unies chargé des questions de sécurité en Afrique centrale',
      // (ESCAP, ECLAC and UNRWA, found here before, are gazetteer rows now; UNRWA by its whole name, which the grammar
      // cut before `dans le Proche-Orient`)
    ])
      expect(names).toContain(name);
    // Measured: 453 names on the whole file (429 before names could hold `des Nations Unies`), 34 from the gazetteer and acronym pairs alone before.
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
    // what a verb gives the body is its second object, not a complement (a body named so is read on: `Centre
    // d'échange d'informations`)
    ["informer le Comité des mesures qu'ils", []],
    ['Secrétariat des informations', ['Secrétariat']],
    // `et` and a second body's head word: two names
    [
      "Comité d'étude des produits chimiques et du Comité d'étude des polluants organiques",
      ["Comité d'étude des produits chimiques", "Comité d'étude des polluants organiques"],
    ],
    // a principal organ keeps no complement after it
    ['Conseil de sécurité sur la situation', ['Conseil de sécurité']],
    // `des Nations Unies` inside a name is part of it (the grammar bounds its names), not the United Nations
    ['le Fonds des Nations Unies pour la population, en', ['Fonds des Nations Unies pour la population']],
    ["l'Office des Nations Unies à Nairobi", ['Office des Nations Unies à Nairobi']],
    // `chargé` of the head's gender and a complement, or an infinitive and its object; not of the other gender
    [
      'Force des Nations Unies chargée du maintien de la paix à Chypre au-delà',
      ['Force des Nations Unies chargée du maintien de la paix à Chypre'],
    ],
    // (the Special Committee on decolonisation, whose whole name the gazetteer has had since the thirteenth
    // session: the grammar read it up to `la situation`; the `chargé d'étudier` reading is tested below)
    [
      "Comité spécial chargé d'étudier la situation en ce",
      [
        "Comité spécial chargé d'étudier la situation en ce qui concerne l'application de la Déclaration sur l'octroi de l'indépendance aux pays et aux peuples coloniaux",
      ],
    ],
    ['Organisation internationale de normalisation chargé de', ['Organisation internationale de normalisation']],
    // `demeure` (remains) is a verb, though it ends like an adjective (`supérieure`)
    ["l'Armée de résistance du Seigneur demeure active", ['Armée de résistance du Seigneur']],
    // EULEX (a row with its short form): the name, not what comes before it
    [
      "police du Kosovo et la Mission État de droit menée par l'Union européenne au Kosovo (EULEX)",
      [
        "Mission État de droit menée par l'Union européenne au Kosovo",
        "Mission État de droit menée par l'Union européenne au Kosovo",
      ],
    ],
  ])('in %j: %j', (needle, expected) => {
    expect(dev.namesIn(needle)).toEqual(expected);
  });

  it('reads no state, no permanent mission, no programme of action, no agenda item and no organ with a complement as a body', () => {
    const bad = [...names].filter((n) =>
      /^(?:Fédération de Russie|Mission permanente|Programme d['’][Aa]ction|Organisation des travaux)|^(?:Conseil de sécurité|Assemblée générale|Conseil économique et social|Union africaine|Union européenne) /u.test(
        n,
      ),
    );
    expect(bad).toEqual([]);
    // Every name is a head and more: the generic `le Comité`, `la Commission` name none. (`Secrétariat`, capitalised,
    // the Taliban and Al-Qaida are the gazetteer's, as in English and Russian.)
    const oneWord = new Set(['Secrétariat', 'Taliban', 'Al-Qaida']);
    expect([...names].filter((n) => !/\s/u.test(n) && !/^\p{Lu}{2,}$/u.test(n) && !oneWord.has(n))).toEqual([]);
  });

  it("ends a name before people, bodies or documents `et` adds next to it, and before `d'ici` or `aux puissances`", () => {
    expect(dev.namesIn('le Service de sécurité nationale et les services de poursuite')).toEqual([
      'Service de sécurité nationale',
    ]);
    expect(dev.namesIn('Organisation mondiale du commerce et les chefs de secrétariat')).toEqual([
      'Organisation mondiale du commerce',
    ]);
    expect(dev.namesIn("au Secrétariat d'ici au 31 mars 2016")).toEqual(['Secrétariat']);
    expect(dev.namesIn('communiquées par le Secrétariat aux puissances administrantes')).toEqual(['Secrétariat']);
    // Nouns that belong to the name stay (`contre la drogue et le crime`, `l'Amérique latine et les Caraïbes`).
    expect(names).toContain('Office des Nations Unies contre la drogue et le crime');
    expect(names).toContain("Commission économique pour l'Amérique latine et les Caraïbes");
  });

  it('names a body on a line whose English translation names one too, nearly always (measured: 0.91)', () => {
    const { lines, share } = dev.namedInEnglish();
    expect(lines).toBeGreaterThan(900);
    expect(share).toBeGreaterThanOrEqual(0.88);
  });

  it("reads `chargé` and an infinitive with its object into a name (`Comité spécial chargé d'étudier …`)", () => {
    // The dev set's sentence with the gazetteer's name shortened to what the grammar alone reads.
    const text = "examinés par le Comité spécial chargé d'étudier la situation en ce qui concerne l'application";
    expect(run(text, 'fr').flatMap((e) => (e.kind === 'organization' ? [e.name] : []))).toEqual([
      "Comité spécial chargé d'étudier la situation",
    ]);
  });

  it('ends a name before a feminine adjective after a masculine head, and before `aux fins de`', () => {
    // `la recommandation générale no 29 du Comité relative à l'article 16` (the recommendation relating to article 16);
    // `relatif` of the head's gender stays (`Programme somalien commun relatif à l'état de droit`).
    expect(dev.namesIn("du Comité relative à l'article 16")).toEqual([]);
    // `aux fins de` (for the purpose of) follows a name, as `au titre de` does.
    expect(dev.namesIn('Bureau des affaires juridiques contractuelles aux fins')).toEqual([
      'Bureau des affaires juridiques contractuelles',
    ]);
    expect(dev.namesIn('Programme somalien commun relatif')).toEqual([
      "Programme somalien commun relatif à l'état de droit",
    ]);
  });

  it('reads `européen` as an adjective and `Cabinet` as a head', () => {
    expect(dev.namesIn('la Commission européenne au sujet')).toEqual(['Commission européenne']);
    expect(dev.namesIn('Armée populaire coréenne')).toEqual(['Armée populaire coréenne']);
    expect(names).toContain('Fonds européen de développement');
    // The Executive Office of the Secretary-General.
    expect(dev.namesIn('au Cabinet du Secrétaire général et')).toEqual(['Cabinet du Secrétaire général']);
    // `relative à` after a proper name is said of something else.
    expect(dev.namesIn("Conseil de l'Union européenne relative")).toEqual(["Conseil de l'Union européenne"]);
    // A word read out of the body named as the complement of a longer one is that body's (Europol, the European
    // Police Office), not the longer one's (its European Cybercrime Centre).
    const line = dev.lines.find((l) => l.includes('(Europol)')) ?? '';
    const pairs = run(line, 'fr').flatMap((e) => (e.kind === 'acronym' ? [[e.long, e.short]] : []));
    expect(pairs).toContainEqual(['Office européen de police', 'Europol']);
  });

  it('counts a name typed with typographic apostrophes under the straight one, with offsets on the original', () => {
    const line = dev.lines.find((l) => l.includes("Département de l'appui aux missions"))!;
    const curly = line.replace(/'/g, '’');
    const straight = run(line, 'fr').filter((e) => e.kind === 'organization');
    const typed = run(curly, 'fr').filter((e) => e.kind === 'organization');
    expectOffsets(curly, typed);
    expect(typed.map((e) => [e.start, e.end, (e as OrganizationEntity).name])).toEqual(
      straight.map((e) => [e.start, e.end, (e as OrganizationEntity).name]),
    );
    expect(typed.map((e) => (e as OrganizationEntity).name)).toContain("Département de l'appui aux missions");
  });

  it('reads the French short forms of UNDOF and MONUSCO, and the Permanent Forum (`Instance`, no head word)', () => {
    for (const [needle, name] of <Array<[string, string]>>[
      [
        'efficacité avec laquelle il a su diriger la FNUOD',
        "Force des Nations Unies chargée d'observer le désengagement",
      ],
      [
        'La MONUSCO continue de procurer des vivres',
        "Mission de l'Organisation des Nations Unies pour la stabilisation en République démocratique du Congo",
      ],
      ['Instance permanente sur les questions autochtones', 'Instance permanente sur les questions autochtones'],
      // The tribunals' statutory names, which the grammar cut at `les personnes`, whole (names of their own, as the
      // other languages' statutory names are).
      [
        'Tribunal international chargé de juger les personnes accusées de violations graves',
        "Tribunal international chargé de juger les personnes accusées de violations graves du droit international humanitaire commises sur le territoire de l'ex-Yougoslavie depuis 1991",
      ],
    ])
      expect(dev.namesIn(needle), needle).toEqual([name]);
    // Alone it is a name as `Permanent Forum` is in English (7 lines there, 9 here).
    expect(dev.byLine.filter((orgs) => orgs.some((o) => o.name === 'Instance permanente')).length).toBe(9);
  });
});
