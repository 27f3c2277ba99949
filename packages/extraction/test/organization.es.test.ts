import { describe, expect, it } from 'vitest';
import { devsetBodies } from './devset-bodies.js';

// UN Spanish capitalises every word of a body's name but its connectors, as English does: names the gazetteer does
// not know are read as capitalised sequences that hold a head word.
describe('Spanish bodies in the dev set, read as capitalised sequences', () => {
  const dev = devsetBodies('es');
  const { names, byLine } = dev;
  const es = dev.lines;

  it('finds the bodies the gazetteer does not list, with offsets on the original', () => {
    dev.expectOffsets();
    for (const name of [
      'Consejo Económico y Social',
      'Comisión de Población y Desarrollo',
      'Junta de Auditores',
      'Departamento de Asuntos Económicos y Sociales',
      'Comisión de Estupefacientes',
      'Comisión de la Condición Jurídica y Social de la Mujer',
      'Alto Comisionado de las Naciones Unidas para los Derechos Humanos',
      'Corte Penal Internacional',
      'Subcomisión de Asuntos Jurídicos',
      // `de las Naciones Unidas` inside a name is part of it, not the United Nations
      'Misión de las Naciones Unidas en Sudán del Sur',
      'Programa de las Naciones Unidas para el Medio Ambiente',
      'Centro Regional de las Naciones Unidas para la Paz y el Desarme en África',
    ])
      expect(names).toContain(name);
    // Measured: 426 names on the whole file (405 before names could hold `de las Naciones Unidas`), 39 from the
    // gazetteer and acronym pairs alone before.
    expect(names.size).toBeGreaterThan(300);
  });

  it('starts a name at its head word, and leaves out offices, documents and `de las Naciones Unidas` after an organ', () => {
    const bad = [...names].filter((n) =>
      /^(?:Exhorta|Decide|Recordando|Observando|Pide|Insta|Estados)\b| (?:por|ante) (?:el|la) (?:Representante|Secretario)|^(?:Consejo de Seguridad|Asamblea General) de las Naciones Unidas$|^Programa de Acción|^Misión Permanente/u.test(
        n,
      ),
    );
    expect(bad).toEqual([]);
    // The staff categories are no bodies (`1 del Servicio Móvil`, the Field Service).
    expect(names).not.toContain('Servicio Móvil');
    expect(dev.namesIn('1 del Servicio Móvil, 15 de funcionario')).toEqual([]);
    // A person's title after `al` ends a name; `Jefe de Misión` is a title, the body comes after it.
    expect(dev.namesIn('nombrar Jefe de Misión de la Fuerza Provisional')).toEqual([
      'Fuerza Provisional de Seguridad de las Naciones Unidas para Abyei',
    ]);
    // Two names joined by `y` are two bodies; a name with `y` inside is one.
    const line = es.findIndex((l) => l.includes('Organización Mundial de Sanidad Animal y la UNODC'));
    expect(line).toBeGreaterThanOrEqual(0);
    expect(byLine[line]!.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'Organización Mundial de Sanidad Animal',
        'Oficina de las Naciones Unidas contra la Droga y el Delito',
      ]),
    );
  });

  it('ends a principal organ, the African Union, the European Union and the Secretariat before a place or a party', () => {
    const bad = [...names].filter((n) =>
      /^(?:Consejo de Seguridad|Asamblea General|Unión Africana|Unión Europea) (?:y|e|a|al|para|contra|en|sobre|ante) |^Secretaría (?:por|sobre) /u.test(
        n,
      ),
    );
    expect(bad).toEqual([]);
    expect(dev.namesIn('Unión Africana y Burundi')).toEqual(['Unión Africana']);
    expect(dev.namesIn('comunicaciones de la Secretaría sobre el Afganistán')).toEqual(['Secretaría']);
    // A name that holds the African Union after its own head stays whole (AU Support to Ebola Outbreak in West Africa).
    expect(names).toContain('Apoyo de la Unión Africana contra el Brote de Ébola en África Occidental');
  });

  it('reads the short forms of missions and programmes the gazetteer lists (PNUMA, FNUOS, UNFICYP, ONUHábitat)', () => {
    for (const [needle, name] of <Array<[string, string]>>[
      ['el Director Ejecutivo del PNUMA', 'Programa de las Naciones Unidas para el Medio Ambiente'],
      ['su eficaz liderazgo de la FNUOS', 'Fuerza de las Naciones Unidas de Observación de la Separación'],
      ['El objetivo de la UNFICYP', 'Fuerza de las Naciones Unidas para el Mantenimiento de la Paz en Chipre'],
      ['ONUHábitat continúa impulsando', 'Programa de las Naciones Unidas para los Asentamientos Humanos'],
    ])
      expect(dev.namesIn(needle), needle).toEqual([name]);
  });

  it('reads divisions, sections, bureaux, foundations, federations and coalitions; not a state, a rank or a section of a text', () => {
    expect(dev.namesIn('la División de Adquisiciones seguirá')).toEqual(['División de Adquisiciones']);
    expect(dev.namesIn('2015: División de Población,')).toEqual(['División de Población']);
    expect(dev.namesIn('la Mesa de la Comisión para')).toEqual(['Mesa de la Comisión']);
    expect(names).toContain('Coalición Nacional de las Fuerzas de la Revolución y la Oposición Sirias');
    expect(names).toContain('Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja');
    expect(names).toContain('Fundación Ford');
    // The Russian Federation is a state, `General de División` a rank and `Sección V` part of a report.
    expect([...names].filter((n) => n.startsWith('Federación de Rusia'))).toEqual([]);
    expect(dev.namesIn('representante adjunto de la Federación de Rusia en el Consejo de Seguridad')).toEqual([
      'Consejo de Seguridad',
    ]);
    expect(dev.namesIn('el General de División Halefom Moges')).toEqual([]);
    expect(names).not.toContain('Sección V');
  });

  it('reads `y de` inside a name, not after its head word, and leaves a footnote number out', () => {
    for (const name of [
      'Comisión Consultiva en Asuntos Administrativos y de Presupuesto',
      'Comité de Programa y de Presupuesto',
      'Comisión Africana de Derechos Humanos y de los Pueblos',
    ])
      expect(names).toContain(name);
    // Four lines name the ACABQ, two of them with a footnote's number glued to its last word.
    const acabq = byLine
      .flat()
      .filter((o) => o.name === 'Comisión Consultiva en Asuntos Administrativos y de Presupuesto');
    expect(acabq).toHaveLength(4);
    expect([...names].filter((n) => n.startsWith('Comisión Consultiva en Asuntos Administrativos'))).toHaveLength(1);
    // Two bodies joined by `y del`, and a head word's two complements that no name holds.
    expect(dev.namesIn('la Asamblea General y del Consejo Económico y Social al')).toEqual([
      'Asamblea General',
      'Consejo Económico y Social',
    ]);
    expect(dev.namesIn('Comité Internacional de la Cruz Roja y del Organismo de Obras')).toEqual([
      'Comité Internacional de la Cruz Roja',
      'Organismo de Obras Públicas y Socorro de las Naciones Unidas para los Refugiados de Palestina en el Cercano Oriente',
    ]);
    const line = es.findIndex((l) => l.includes('Apoyo a la Misión y de la Cadena de Suministro'));
    expect(line).toBeGreaterThanOrEqual(0);
    expect(byLine[line]!.map((o) => o.name)).not.toContain(
      'Misión y de la Cadena de Suministro y Prestación de Servicios',
    );
    expect(byLine[line]!.map((o) => o.name)).toContain('División de Apoyo a la Misión');
  });

  it('ends a listed name before `y la` and words with no head word (`Fondo de Operaciones y la Cuenta Especial`)', () => {
    expect(dev.namesIn('Fondo de Operaciones y la Cuenta Especial como fuente de efectivo para')).toEqual([
      'Fondo de Operaciones',
    ]);
    // Not a name that goes on past `y la` inside itself, nor one whose listed body is not its opening.
    expect(names).toContain('Organización de las Naciones Unidas para la Alimentación y la Agricultura');
    expect(names).toContain('Oficina de las Naciones Unidas contra la Droga y el Delito');
  });

  it('names a body on a line whose English translation names one too, nearly always (measured: 0.96)', () => {
    const { lines, share } = dev.namedInEnglish();
    expect(lines).toBeGreaterThan(900);
    expect(share).toBeGreaterThanOrEqual(0.93);
  });
});
