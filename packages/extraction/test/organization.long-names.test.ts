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

/** Each language's dev-set line `n` names the body by its name in that language. */
function namedInEveryLanguage(n: number, names: Record<string, string>): void {
  for (const [lang, name] of Object.entries(names)) expect(namesOnLine(lang, n), lang).toContain(name);
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
    // The Subcommittee of the Committee, as Chinese reads it (`Научно-технического`: an adjective of two stems).
    expect(ru).toContain(
      'Научно-технический подкомитет Комитета по использованию космического пространства в мирных целях',
    );
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

// Dev-set lines 1808 and 3718: the Comprehensive Nuclear-Test-Ban Treaty Organization by its short form, its full
// name, and its Preparatory Commission and Provisional Technical Secretariat, whose names hold the body's.
describe('the CTBTO and its organs in six languages (dev-set lines 1808 and 3718)', () => {
  it('reads the Provisional Technical Secretariat whole, the body’s name in it', () => {
    expect(namesOnLine('en', 3718)).toEqual([
      'Provisional Technical Secretariat of the Comprehensive Nuclear-Test-Ban Treaty Organization',
    ]);
    // French and Russian stop at a word their grammar does not take (`complète`, `о всеобъемлющем`), inside the
    // body's name the gazetteer knows: the name runs on to its end.
    expect(namesOnLine('fr', 3718)).toEqual([
      "Secrétariat technique provisoire de l'Organisation du Traité d'interdiction complète des essais nucléaires",
    ]);
    expect(namesOnLine('ru', 3718)).toEqual([
      'Временный технический секретариат Организации по Договору о всеобъемлющем запрещении ядерных испытаний',
    ]);
    // Chinese: the body, what the organ is, and `秘书处`, which the gazetteer also lists alone (the UN Secretariat).
    expect(namesOnLine('zh', 3718)).toEqual(['全面禁止核试验条约组织临时技术秘书处']);
    expect(namesOnLine('es', 3718)).toContain(
      'Organización del Tratado de Prohibición Completa de los Ensayos Nucleares',
    );
  });

  it('a name that runs into another listed body is one name in other lines too', () => {
    // Line 2564, `la décision … du Conseil de l'Union européenne`; line 1273, the Association of Defence Counsel
    // practising before the ICTY (ADC-ICTY).
    expect(namesOnLine('fr', 2564)).toContain("Conseil de l'Union européenne");
    expect(namesOnLine('fr', 1273)).toContain(
      "Association des conseils de la défense du Tribunal pénal international pour l'ex-Yougoslavie",
    );
    // Line 3555: the secretariat of the Permanent Forum, `常设论坛秘书处`, not the Forum and the UN Secretariat.
    expect(namesOnLine('zh', 3555)).toContain('常设论坛秘书处');
    expect(namesOnLine('zh', 3555)).not.toContain('秘书处');
  });
});

// Dev-set line 70: `The Security Council urges the LCBC Member States and Benin …`: the Lake Chad Basin Commission by
// a short form the English and French lines never introduce, and the Multinational Joint Task Force.
describe('the Lake Chad Basin Commission and the Multinational Joint Task Force (dev-set line 70)', () => {
  it('names the Task Force whole: no `以便` (so that) before it in Chinese, `فرقة` a head in Arabic', () => {
    expect(namesOnLine('zh', 70)).toContain('多国联合特遣部队');
    expect(namesOnLine('ar', 70)).toContain('فرقة العمل المشتركة المتعددة الجنسيات');
    expect(namesOnLine('en', 70)).toContain('Multinational Joint Task Force');
  });
});

// Bodies the grammars cut or did not read, which the gazetteers now list in six languages: the Committee on the
// Elimination of Discrimination against Women (line 3368: Arabic and Russian stopped at a preposition they do not read
// on past, `بالقضاء`, `дискриминации`; Chinese after `妇女歧视`, `对` being a stop character) and the Collaborative
// Partnership on Forests (line 2878: only Russian read it; `Partnership`, `Partenariat`, `الشراكة` and `伙伴关系` are no
// head words, and Spanish stopped at `en materia de`), and the Non-Aligned Movement (line 738: Russian and Chinese
// did not read it, `Движения` and `运动` being no head words).
describe('bodies the gazetteers list in six languages, named whole on their dev-set line', () => {
  it.each([
    // The CTBTO by its short form on line 1808, as the gazetteer lists it (its organs: above).
    [
      1808,
      {
        en: 'Comprehensive Nuclear-Test-Ban Treaty Organization',
        zh: '全面禁止核试验条约组织',
        fr: "Organisation du Traité d'interdiction complète des essais nucléaires",
        es: 'Organización del Tratado de Prohibición Completa de los Ensayos Nucleares',
        ru: 'Организация по Договору о всеобъемлющем запрещении ядерных испытаний',
        ar: 'منظمة معاهدة الحظر الشامل للتجارب النووية',
      },
    ],
    // The Lake Chad Basin Commission on line 70, by the short form where the line uses one (its Task Force: above).
    [
      70,
      {
        en: 'Lake Chad Basin Commission',
        zh: '乍得湖流域委员会',
        fr: 'Commission du bassin du lac Tchad',
        es: 'Comisión de la Cuenca del Lago Chad',
        ru: 'Комиссия по бассейну озера Чад',
        ar: 'لجنة حوض بحيرة تشاد',
      },
    ],
    [
      3368,
      {
        en: 'Committee on the Elimination of Discrimination against Women',
        zh: '消除对妇女歧视委员会',
        fr: "Comité pour l'élimination de la discrimination à l'égard des femmes",
        es: 'Comité para la Eliminación de la Discriminación contra la Mujer',
        ru: 'Комитет по ликвидации дискриминации в отношении женщин',
        ar: 'اللجنة المعنية بالقضاء على التمييز ضد المرأة',
      },
    ],
    [
      2878,
      {
        en: 'Collaborative Partnership on Forests',
        zh: '森林合作伙伴关系',
        fr: 'Partenariat de collaboration sur les forêts',
        es: 'Asociación de Colaboración en materia de Bosques',
        ru: 'Совместное партнерство по лесам',
        ar: 'الشراكة التعاونية في مجال الغابات',
      },
    ],
    [
      738,
      {
        en: 'Non-Aligned Movement',
        zh: '不结盟运动',
        fr: 'Mouvement des pays non alignés',
        es: 'Movimiento de los Países No Alineados',
        ru: 'Движение неприсоединившихся стран',
        ar: 'حركة بلدان عدم الانحياز',
      },
    ],
    // The African Union's Peace and Security Council: not the Security Council in Chinese (`和平与安全理事会`), nor
    // `Совет мира` in Russian (two genitives joined by `и`).
    [
      711,
      {
        en: 'African Union Peace and Security Council',
        zh: '非洲联盟和平与安全理事会',
        fr: "Conseil de paix et de sécurité de l'Union africaine",
        es: 'Consejo de Paz y Seguridad de la Unión Africana',
        ru: 'Совет мира и безопасности Африканского союза',
        ar: 'مجلس السلام والأمن التابع للاتحاد الأفريقي',
      },
    ],
    // Chinese read `…促进发展委员会` as the Commission for Social Development named before it; Russian stopped at
    // `по науке и технике`.
    [
      3413,
      {
        en: 'Commission on Science and Technology for Development',
        zh: '科学和技术促进发展委员会',
        fr: 'Commission de la science et de la technique au service du développement',
        es: 'Comisión de Ciencia y Tecnología para el Desarrollo',
        ru: 'Комиссия по науке и технике в целях развития',
        ar: 'اللجنة المعنية بتسخير العلم والتكنولوجيا لأغراض التنمية',
      },
    ],
    [
      2066,
      {
        en: 'Special Tribunal for Lebanon',
        zh: '黎巴嫩问题特别法庭',
        fr: 'Tribunal spécial pour le Liban',
        es: 'Tribunal Especial para el Líbano',
        ru: 'Специальный трибунал по Ливану',
        ar: 'المحكمة الخاصة بلبنان',
      },
    ],
    // Arabic read on past the name (`… لفترة السنتين`, for the biennium).
    [
      2688,
      {
        en: 'Working Capital Fund',
        zh: '周转基金',
        fr: 'Fonds de roulement',
        es: 'Fondo de Operaciones',
        ru: 'Фонд оборотных средств',
        ar: 'صندوق رأس المال المتداول',
      },
    ],
  ])('line %i', (line, names) => namedInEveryLanguage(line, names));

  it('counts the principal organs under one name however a line writes them', () => {
    // Line 711 names no Security Council; line 3413 the Commission for Social Development once.
    expect(namesOnLine('zh', 711)).not.toContain('安全理事会');
    expect(namesOnLine('zh', 3413).filter((n) => n === '社会发展委员会')).toHaveLength(1);
    // `联合国大会` (line 913) is the General Assembly, as `大会` is; `United Nations Security Council` (line 130) is
    // the Security Council, as `联合国安全理事会` is.
    expect(namesOnLine('zh', 913)).toContain('大会');
    expect(namesOnLine('en', 913)).toContain('General Assembly');
    expect(namesOnLine('en', 130)).toContain('Security Council');
    expect(namesOnLine('zh', 130)).toContain('安全理事会');
    expect([...namesOnLine('en', 130), ...namesOnLine('zh', 913)]).not.toContain('United Nations Security Council');
  });

  it('reads a translation of a name the gazetteer lists as an alias under the official name', () => {
    // Line 3428 translates CEDAW's French name otherwise (`Comité sur l'élimination de toutes les discriminations`).
    expect(namesOnLine('fr', 3428)).toContain("Comité pour l'élimination de la discrimination à l'égard des femmes");
  });
});

describe('short forms a line uses without introducing them, resolved by the gazetteers', () => {
  it.each([
    // MINUSCA on line 864, in five languages (the Arabic line names it not).
    [
      864,
      {
        en: 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic',
        fr: 'Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en République centrafricaine',
        es: 'Misión Multidimensional Integrada de Estabilización de las Naciones Unidas en la República Centroafricana',
        ru: 'Многопрофильная комплексная миссия Организации Объединенных Наций по стабилизации в Центральноафриканской Республике',
        zh: '联合国中非共和国多层面综合稳定团',
      },
    ],
    // AFISMA on line 300 (`以查明马里支助团部队`, to find AFISMA's troops, was read as a name of its own).
    [
      300,
      {
        en: 'African-led International Support Mission in Mali',
        fr: 'Mission internationale de soutien au Mali sous conduite africaine',
        es: 'Misión Internacional de Apoyo a Malí con Liderazgo Africano',
        ru: 'Международная миссия по поддержке в Мали под африканским руководством',
        zh: '非洲主导的马里国际支助团',
      },
    ],
    // The Chief Executives Board on line 503, by CEB, CCS and КСР.
    [
      503,
      {
        en: 'United Nations System Chief Executives Board for Coordination',
        fr: 'Conseil des chefs de secrétariat des organismes des Nations Unies pour la coordination',
        ru: 'Координационный совет руководителей системы Организации Объединенных Наций',
      },
    ],
    // The Economic Commission for Europe on line 2519 (`the ECE region`), the ILO on line 3893 (Russian read
    // `Департаментом труда типового закона МОТ`, by the Department of Labour of the ILO's model law, as one name:
    // a law, `закона`, is no genitive complement of a name).
    [
      2519,
      {
        en: 'Economic Commission for Europe',
        fr: "Commission économique pour l'Europe",
        es: 'Comisión Económica para Europa',
        ru: 'Европейская экономическая комиссия',
        zh: '欧洲经济委员会',
      },
    ],
    [
      3893,
      {
        en: 'International Labour Organization',
        fr: 'Organisation internationale du Travail',
        es: 'Organización Internacional del Trabajo',
        ru: 'Международная организация труда',
        zh: '国际劳工组织',
      },
    ],
    // UNESCO on line 462: Spanish cut it at the comma of `la Educación, la Ciencia y la Cultura`, Russian read the
    // United Nations. The WMO on line 3104 ends before `à Genève`, `в Женеве`; IOM on line 1140 by OIM and МОМ.
    [
      462,
      {
        es: 'Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura',
        ru: 'Организация Объединенных Наций по вопросам образования, науки и культуры',
      },
    ],
    [3104, { fr: 'Organisation météorologique mondiale', ru: 'Всемирная метеорологическая организация' }],
    [
      1140,
      {
        es: 'Organización Internacional para las Migraciones',
        ru: 'Международная организация по миграции',
      },
    ],
  ])('line %i', (line, names) => namedInEveryLanguage(line, names));

  it('tells a short form from another that shares its characters', () => {
    // Line 2499: `联利特派团` is the United Nations Mission in Liberia (UNMIL), not the Support Mission in Libya
    // (`联合国利比亚支助特派团`, `联利支助团`), whose characters it also holds in order.
    expect(namesOnLine('zh', 2499)).toContain('联合国利比里亚特派团');
    expect(namesOnLine('en', 2499)).toContain('United Nations Mission in Liberia');
    expect(namesOnLine('zh', 2499)).not.toContain('联合国利比亚支助特派团');
    // Line 499: Arabic writes UNEP `برنامج البيئة`; line 502 UNIFIL `اليونيفيل`.
    expect(namesOnLine('ar', 499)).toContain('برنامج الأمم المتحدة للبيئة');
    expect(namesOnLine('ar', 502)).toEqual(['قوة الأمم المتحدة المؤقتة في لبنان']);
  });

  it('reads the Arabic names of UNAMID, UNAMA, UNREC and the Minsk Group whole, and UNAMID as `the hybrid operation`', () => {
    // Line 832 names UNAMID in full (it was read as the African Union and the United Nations), line 1445 as
    // `العملية المختلطة`, as UN Arabic calls it; UNAMA (line 1367) and UNREC (line 3334) were cut before `إلى` and `و`.
    const unamid = 'العملية المختلطة للاتحاد الأفريقي والأمم المتحدة في دارفور';
    expect(namesOnLine('ar', 832)).toEqual(['الجمعية العامة', unamid, 'اللجنة الخامسة']);
    expect(namesOnLine('ar', 1445)).toEqual([unamid]);
    expect(namesOnLine('en', 1445)).toEqual(['African Union-United Nations Hybrid Operation in Darfur']);
    expect(namesOnLine('ar', 1367)).toEqual(['بعثة الأمم المتحدة لتقديم المساعدة إلى أفغانستان']);
    expect(namesOnLine('ar', 3334)).toContain('مركز الأمم المتحدة الإقليمي للسلام ونزع السلاح في أفريقيا');
    for (const line of [916, 1719, 1720]) expect(namesOnLine('ar', line)).toContain('مجموعة مينسك');
  });

  it('reads a Chinese bureau (`主席团`) and the Office of a Special Representative, not an outgoing or extended one', () => {
    // English names each a Bureau of a body; Chinese had given the body alone, or (line 3328) nothing, since `代表`
    // (to represent) stops a name unless it follows `特别`, `高级` or `个人`.
    for (const [line, name] of [
      [140, '论坛主席团'],
      [172, '第四委员会主席团'],
      [2116, '人口与发展委员会主席团'],
      [2545, '执行局主席团'],
      [3328, '秘书长特别代表办公室'],
    ] as const)
      expect(namesOnLine('zh', line), String(line)).toContain(name);
    expect(namesOnLine('zh', 172)).not.toContain('第四委员会');
    // `特别委员会主席团兼任全体工作组主席团`: two bureaux; `兼任` (to serve also as) ends a name.
    expect(namesOnLine('zh', 2992)).toEqual(['特别委员会主席团', '全体工作组主席团']);
    // `卸任主席团` (the outgoing Bureau) and `扩大主席团` (extended bureaux) name none.
    expect(namesOnLine('zh', 2661)).toEqual([]);
    expect(namesOnLine('zh', 677)).not.toContain('扩大主席团');
  });

  it('reads French `de haut niveau` inside a name, the TPIR, and no data set joined to a body by `and`', () => {
    // Line 2063: the High-level Committee on Management; line 1278: the Senior Review Group of the Secretariat.
    expect(namesOnLine('fr', 2063)).toContain('Comité de haut niveau sur la gestion');
    expect(namesOnLine('fr', 1278)).toEqual([
      'Organisation des Nations Unies',
      "Groupe consultatif de haut niveau du Secrétariat de l'ONU",
    ]);
    expect(namesOnLine('en', 1278)).toContain('Senior Review Group of the United Nations Secretariat');
    // Line 2887: `mises en accusation par le TPIR`, by the ICTR.
    expect(namesOnLine('fr', 2887)).toContain('Tribunal pénal international pour le Rwanda');
    // Line 1612: `World Population Prospects: The 2012 Revision -- Extended Dataset and International Labour
    // Organization`, a data set and the ILO.
    expect(namesOnLine('en', 1612)).toEqual(['International Labour Organization']);
  });

  it('reads English mechanisms, as the other five languages do, and no initiative joined to one by `and`', () => {
    expect(namesOnLine('en', 944)).toContain('Expert Mechanism on the Rights of Indigenous Peoples');
    expect(namesOnLine('en', 679)).toContain('International Residual Mechanism');
    expect(namesOnLine('en', 607)).toContain('IGAD Monitoring and Verification Mechanism');
    // Line 2010: `the Gulf Cooperation Council Initiative and Implementation Mechanism`, a document and a body.
    expect(namesOnLine('en', 2010)).toEqual(
      expect.arrayContaining(['Gulf Cooperation Council', 'Implementation Mechanism']),
    );
    expect(namesOnLine('en', 2010).filter((n) => n.includes('Initiative'))).toEqual([]);
  });

  it('reads the armies English names (`Korean People’s Army`, `Free Syrian Army`) in Chinese and Arabic', () => {
    for (const [line, zh, ar] of [
      [470, '朝鲜人民军', 'الجيش الشعبي الكوري'],
      [3303, '以色列国防军', 'جيش الدفاع الإسرائيلي'],
      // `其当地伙伴叙利亚自由军`, its local partner the Free Syrian Army: `伙伴` ends a name.
      [3862, '叙利亚自由军', 'الجيش السوري الحر'],
    ] as const) {
      expect(namesOnLine('zh', line), `zh ${line}`).toContain(zh);
      expect(namesOnLine('ar', line), `ar ${line}`).toContain(ar);
    }
    // `约900名科索沃解放军`, some 900 (persons of the) KLA: a count in digits ends a name; jieba tags `解放军` and
    // `国民军` as names, which neither cut the name they end nor stand alone (`以向国民军`, line 3725).
    expect(namesOnLine('zh', 2035)).toContain('科索沃解放军');
    expect(namesOnLine('zh', 2893)).toContain('利比亚国民军');
    expect(namesOnLine('zh', 2807)).toContain('苏丹人民解放军');
    expect(namesOnLine('ar', 2019)).toContain('الجيش الوطني الليبي');
    // A country's army is no name in Arabic, as it is none in English (`the Japanese military`, `the Azerbaijani
    // army`, `the army and people of the DPRK`).
    expect(namesOnLine('ar', 1203).filter((n) => n.includes('جيش'))).toEqual([]);
    expect(namesOnLine('ar', 2802).filter((n) => n.includes('جيش'))).toEqual([]);
    expect(namesOnLine('ar', 996).filter((n) => n.includes('جيش'))).toEqual([]);
  });

  it('reads an organ after the body whose general organ it is, and adjectives of two stems', () => {
    // Line 3334: the ECCAS General Secretariat (`总秘书处`), not ECCAS and the Secretariat.
    expect(namesOnLine('zh', 3334)).toContain('中部非洲国家经济共同体总秘书处');
    expect(namesOnLine('zh', 3334)).not.toContain('秘书处');
    // Line 2807: `Народно-освободительной армии Судана` (the SPLA), in the nominative (line 2679: above).
    expect(namesOnLine('ru', 2807)).toContain('Народно-освободительная армия Судана');
  });
});
