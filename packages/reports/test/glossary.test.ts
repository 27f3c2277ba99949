import { describe, expect, it } from 'vitest';
import type { Document, Entity } from '@untk/core';
import { extract } from '@untk/extraction';
import { normalize } from '@untk/segmentation';
import { corpusText, seedText } from '../../../test/support/corpus.js';
import { buildGlossary, formatGlossary, linkConfidence } from '../src/index.js';
import { citedResolutions } from '../src/glossary.js';
import { compatibleKinds, headKinds } from '../src/heads.js';

function entitiesOf(id: string, lang: string, text: string): Entity[] {
  const doc: Document = { id, source: id, lang, text };
  return extract(doc, normalize(text), { kinds: ['organization', 'acronym'] });
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

describe('the glossary of the seed', () => {
  const seed = seedText();
  const entities = entitiesOf('seed', 'zh', seed);
  const g = buildGlossary(entities);

  it('has one entry per body, the most mentioned first, with short forms and first occurrence', () => {
    expect(g.entries[0]).toMatchObject({
      lang: 'zh',
      name: '反恐怖主义委员会执行局',
      type: 'body',
      shortForms: [{ form: '反恐执行局', confidence: 0.9, count: 1 }],
      mentions: 86,
      documents: 1,
    });
    const first = g.entries[0]!.first;
    expect(seed.slice(first.start, first.start + first.text.length)).toBe(first.text);
    expect(new Set(g.entries.map((e) => e.id)).size).toBe(g.entries.length);
    expect(g.groups).toEqual([]);
  });

  it.each([
    ['国际刑事警察组织', ['国际刑警组织', '刑警组织']],
    ['东南亚国家联盟', ['东盟']],
    ['伊黎伊斯兰国', ['达伊沙']],
    ['欧亚反洗钱和打击资助恐怖主义行为工作组', ['欧亚工作组']],
  ])('lists the short forms of %s', (name, forms) => {
    expect(g.entries.find((e) => e.name === name)?.shortForms.map((s) => s.form)).toEqual(forms);
  });

  it('is the same whatever order the entities come in', () => {
    const reversed = buildGlossary([...entities].reverse());
    expect(formatGlossary(reversed, 'json')).toBe(formatGlossary(g, 'json'));
  });

  it('formats as Markdown, CSV with a BOM, and JSON', () => {
    expect(formatGlossary(g, 'md')).toContain('| zh | 反恐怖主义委员会执行局 | 反恐执行局 (0.9) | 86 | 1 | seed @');
    const csv = formatGlossary(g, 'csv');
    expect(
      csv.startsWith('\uFEFFgroup,lang,long,short_forms,type,mentions,documents,first_doc,first_offset,links\n'),
    ).toBe(true);
    expect(csv.trimEnd().split('\n')).toHaveLength(g.entries.length + 1);
    expect(JSON.parse(formatGlossary(g, 'json'))).toEqual(g);
  });
});

describe('the glossary of the six aligned dev-set files', () => {
  const langs = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
  const entities: Entity[] = [];
  const starts: Record<string, number[]> = {};
  for (const l of langs) {
    const text = corpusText(`unpc-devset/UNv1.0.devset.${l}`);
    entities.push(...entitiesOf(`devset.${l}`, l, text));
    starts[`devset.${l}`] = lineStarts(text);
  }
  const g = buildGlossary(entities, { aligned: { lineStarts: starts } });
  const groupOf = (id: string) => g.groups.find((x) => x.members.includes(id));

  it.each([
    // the Conference of the Parties of the chemicals conventions (35 mentions a language); UN-Habitat, a short form
    // in five languages (`ONU-Habitat` is no longer the United Nations) and a word in Arabic
    [
      'en:Conference of the Parties',
      [
        'ar:مؤتمر الأطراف',
        'en:Conference of the Parties',
        'es:Conferencia de las Partes',
        'fr:Conférence des Parties',
        'ru:Конференция Сторон',
        'zh:缔约方大会',
      ],
    ],
    [
      'en:United Nations Human Settlements Programme',
      [
        'ar:موئل الأمم المتحدة',
        'en:United Nations Human Settlements Programme',
        'es:Programa de las Naciones Unidas para los Asentamientos Humanos',
        'fr:Programme des Nations Unies pour les établissements humains',
        'ru:Программа Организации Объединенных Наций по населенным пунктам',
        'zh:联合国人类住区规划署',
      ],
    ],
    // the Secretariat, capitalised (the gazetteers' one-word name in French, Spanish and Russian)
    [
      'en:Secretariat',
      ['ar:الأمانة العامة', 'en:Secretariat', 'es:Secretaría', 'fr:Secrétariat', 'ru:Секретариат', 'zh:秘书处'],
    ],
    // UNDOF and the Economic Commission for Africa: the Arabic grammar reads `ل`, a noun and a second term
    // (`لمراقبة فض الاشتباك`), and `ل` and a region (`لأفريقيا`)
    [
      'en:United Nations Disengagement Observer Force',
      [
        'ar:قوة الأمم المتحدة لمراقبة فض الاشتباك',
        'en:United Nations Disengagement Observer Force',
        'es:Fuerza de las Naciones Unidas de Observación de la Separación',
        "fr:Force des Nations Unies chargée d'observer le désengagement",
        'ru:Силы Организации Объединенных Наций по наблюдению за разъединением',
        'zh:联合国脱离接触观察员部队',
      ],
    ],
    [
      'en:Economic Commission for Africa',
      [
        'ar:اللجنة الاقتصادية لأفريقيا',
        'en:Economic Commission for Africa',
        'es:Comisión Económica para África',
        "fr:Commission économique pour l'Afrique",
        'ru:Экономическая комиссия для Африки',
        'zh:非洲经济委员会',
      ],
    ],
    // the WHO Expert Committee on Drug Dependence: the Russian grammar's names hold another body's name inside them
    // (`Комитет экспертов ВОЗ по лекарственной зависимости`), as the Arabic, French, Spanish and Chinese ones do
    [
      'en:WHO Expert Committee on Drug Dependence',
      [
        'ar:لجنة خبراء منظمة الصحة العالمية المعنية بالارتهان للعقاقير',
        'en:WHO Expert Committee on Drug Dependence',
        'es:Comité de Expertos en Farmacodependencia de la OMS',
        "fr:Comité d'experts de la pharmacodépendance de l'OMS",
        'ru:Комитет экспертов ВОЗ по лекарственной зависимости',
        'zh:世卫组织药物依赖问题专家委员会',
      ],
    ],
    // the Global Environment Facility, which the dev set writes mostly as GEF, FEM, FMAM and ГЭФ (gazetteer rows)
    [
      'en:Global Environment Facility',
      [
        'ar:مرفق البيئة العالمية',
        'en:Global Environment Facility',
        'es:Fondo para el Medio Ambiente Mundial',
        "fr:Fonds pour l'environnement mondial",
        'ru:Глобальный экологический фонд',
        'zh:全球环境基金',
      ],
    ],
    // the Caribbean Community: Arabic `الجماعة` is no head word, Chinese had read `同加勒比共同体` (gazetteer rows)
    [
      'en:Caribbean Community',
      [
        'ar:الجماعة الكاريبية',
        'en:Caribbean Community',
        'es:Comunidad del Caribe',
        'fr:Communauté des Caraïbes',
        'ru:Карибское сообщество',
        'zh:加勒比共同体',
      ],
    ],
    // the Fifth Committee (an ordinal before the head in Spanish and French), the World Bank (`Всемирный` had been
    // read as the pointing `все`), UN-Women (gazetteer rows, with the short forms UN-Women, ONU-Femmes, ONU-Mujeres)
    [
      'en:Fifth Committee',
      [
        'ar:اللجنة الخامسة',
        'en:Fifth Committee',
        'es:Quinta Comisión',
        'fr:Cinquième Commission',
        'ru:Пятый комитет',
        'zh:第五委员会',
      ],
    ],
    [
      'en:World Bank',
      [
        'ar:البنك الدولي',
        'en:World Bank',
        'es:Banco Mundial',
        'fr:Banque mondiale',
        'ru:Всемирный банк',
        'zh:世界银行',
      ],
    ],
    [
      'en:United Nations Entity for Gender Equality and the Empowerment of Women',
      [
        'ar:هيئة الأمم المتحدة للمرأة',
        'en:United Nations Entity for Gender Equality and the Empowerment of Women',
        'es:Entidad de las Naciones Unidas para la Igualdad de Género y el Empoderamiento de las Mujeres',
        "fr:Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes",
        'ru:Структура Организации Объединенных Наций по вопросам гендерного равенства и расширения прав и возможностей женщин',
        'zh:联合国促进性别平等和增强妇女权能署',
      ],
    ],
    // UNRWA: its Chinese and Russian names (gazetteer rows; Russian had been cut before `для помощи`, Chinese linked
    // to a wrong name on the same line)
    [
      'en:United Nations Relief and Works Agency for Palestine Refugees in the Near East',
      [
        'ar:وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى',
        'en:United Nations Relief and Works Agency for Palestine Refugees in the Near East',
        'es:Organismo de Obras Públicas y Socorro de las Naciones Unidas para los Refugiados de Palestina en el Cercano Oriente',
        'fr:Office de secours et de travaux des Nations Unies pour les réfugiés de Palestine dans le Proche-Orient',
        'ru:Ближневосточное агентство Организации Объединенных Наций для помощи палестинским беженцам и организации работ',
        'zh:联合国近东巴勒斯坦难民救济和工程处',
      ],
    ],
    // UNFPA: the French grammar's names hold `des Nations Unies` inside them
    [
      'en:United Nations Population Fund',
      [
        'ar:صندوق الأمم المتحدة للسكان',
        'en:United Nations Population Fund',
        'es:Fondo de Población de las Naciones Unidas',
        'fr:Fonds des Nations Unies pour la population',
        'ru:Фонд Организации Объединенных Наций в области народонаселения',
        'zh:联合国人口基金',
      ],
    ],
    // the Group of Non-Aligned States Parties to the NPT (24 lines): gazetteer rows in every language (Spanish,
    // Russian, Arabic and Chinese had not named it; English and French had cut it short)
    [
      'en:Group of Non-Aligned States Parties to the Treaty on the Non-Proliferation of Nuclear Weapons',
      [
        'ar:مجموعة دول عدم الانحياز الأطراف في معاهدة عدم انتشار الأسلحة النووية',
        'en:Group of Non-Aligned States Parties to the Treaty on the Non-Proliferation of Nuclear Weapons',
        'es:Grupo de Estados No Alineados Partes en el Tratado sobre la No Proliferación de las Armas Nucleares',
        'fr:Groupe des États non alignés parties au Traité sur la non-prolifération des armes nucléaires',
        'ru:Группа неприсоединившихся государств -- участников Договора о нераспространении ядерного оружия',
        'zh:不扩散核武器条约不结盟缔约国集团',
      ],
    ],
    // Secretariat departments and offices: Chinese names them with gazetteer rows (`部` and `厅` are no heads alone)
    [
      'en:Department of Economic and Social Affairs',
      [
        'ar:إدارة الشؤون الاقتصادية والاجتماعية',
        'en:Department of Economic and Social Affairs',
        'es:Departamento de Asuntos Económicos y Sociales',
        'fr:Département des affaires économiques et sociales',
        'ru:Департамент по экономическим и социальным вопросам',
        'zh:经济和社会事务部',
      ],
    ],
    [
      'en:Department of Public Information',
      [
        'ar:إدارة شؤون الإعلام',
        'en:Department of Public Information',
        'es:Departamento de Información Pública',
        "fr:Département de l'information",
        'ru:Департамент общественной информации',
        'zh:新闻部',
      ],
    ],
    [
      'en:Office for Outer Space Affairs',
      [
        'ar:مكتب شؤون الفضاء الخارجي',
        'en:Office for Outer Space Affairs',
        'es:Oficina de Asuntos del Espacio Ultraterrestre',
        'fr:Bureau des affaires spatiales',
        'ru:Управление по вопросам космического пространства',
        'zh:外层空间事务厅',
      ],
    ],
    // the Permanent Forum on Indigenous Issues: French calls it an `Instance`, no head word (a gazetteer row in
    // French, Arabic and Chinese, with the Forum alone as English has it)
    [
      'en:Permanent Forum on Indigenous Issues',
      [
        'ar:المنتدى الدائم المعني بقضايا الشعوب الأصلية',
        'en:Permanent Forum on Indigenous Issues',
        'es:Foro Permanente para las Cuestiones Indígenas',
        'fr:Instance permanente sur les questions autochtones',
        'ru:Постоянный форум по вопросам коренных народов',
        'zh:土著问题常设论坛',
      ],
    ],
    [
      'en:Permanent Forum',
      [
        'ar:المنتدى الدائم',
        'en:Permanent Forum',
        'es:Foro Permanente',
        'fr:Instance permanente',
        'ru:Постоянный форум',
        'zh:常设论坛',
      ],
    ],
    // the Panel of Experts alone (110 mentions in the six files): Chinese `专家小组` is a name of its own where no body
    // named before takes it, as the English one is
    [
      'en:Panel of Experts',
      [
        'ar:فريق الخبراء',
        'en:Panel of Experts',
        'es:Grupo de Expertos',
        "fr:Groupe d'experts",
        'ru:Группа экспертов',
        'zh:专家小组',
      ],
    ],
    // the African Union Commission: Chinese names an organ by its body's name and a head (`非洲联盟委员会`)
    [
      'en:African Union Commission',
      [
        'ar:مفوضية الاتحاد الأفريقي',
        'en:African Union Commission',
        'es:Comisión de la Unión Africana',
        "fr:Commission de l'Union africaine",
        'ru:Комиссия Африканского союза',
        'zh:非洲联盟委员会',
      ],
    ],
    // the New Agenda Coalition (gazetteer rows: no language but English has a head word a grammar follows)
    [
      'en:New Agenda Coalition',
      [
        'ar:ائتلاف البرنامج الجديد',
        'en:New Agenda Coalition',
        'es:Coalición para el Nuevo Programa',
        'fr:Coalition pour un nouvel ordre du jour',
        'ru:Коалиция за новую повестку дня',
        'zh:新议程联盟',
      ],
    ],
    // the Board of Auditors: Chinese `审计委员会` is a name of its own (a row), no short form of the UNOPS Strategy
    // and Audit Advisory Committee that the file names first; verbs before it (`任命`, `核准`) end it
    [
      'en:Board of Auditors',
      [
        'ar:مجلس مراجعي الحسابات',
        'en:Board of Auditors',
        'es:Junta de Auditores',
        'fr:Comité des commissaires aux comptes',
        'ru:Комиссия ревизоров',
        'zh:审计委员会',
      ],
    ],
    // UNMAS, whole in every language (rows: the grammars had stopped at a lower-case word, `relativas`, `antimines`)
    [
      'en:United Nations Mine Action Service',
      [
        'ar:دائرة الأمم المتحدة للإجراءات المتعلقة بالألغام',
        'en:United Nations Mine Action Service',
        'es:Servicio de las Naciones Unidas de Actividades relativas a las Minas',
        'fr:Service de la lutte antimines des Nations Unies',
        'ru:Служба Организации Объединенных Наций по вопросам деятельности, связанной с разминированием',
        'zh:联合国地雷行动处',
      ],
    ],
    // the IAEA: the English file introduces it once as `International Atomic Energy Authority (IAEA)`, a slip the
    // gazetteer lists as a form of the Agency's name, so that its 26 `IAEA` name the Agency
    [
      'en:International Atomic Energy Agency',
      [
        'ar:الوكالة الدولية للطاقة الذرية',
        'en:International Atomic Energy Agency',
        'es:Organismo Internacional de Energía Atómica',
        "fr:Agence internationale de l'énergie atomique",
        'ru:Международное агентство по атомной энергии',
        'zh:国际原子能机构',
      ],
    ],
    // a sanctions committee, named in each language by the resolution that set it up (six of the seven the dev set
    // names are linked in all six languages)
    [
      'en:Security Council Committee established pursuant to resolution 1737 (2006)',
      [
        'ar:لجنة مجلس الأمن المنشأة عملا بالقرار 1737 (2006)',
        'en:Security Council Committee established pursuant to resolution 1737 (2006)',
        'es:Comité del Consejo de Seguridad establecido en virtud de la resolución 1737 (2006)',
        'fr:Comité du Conseil de sécurité créé par la résolution 1737 (2006)',
        'ru:Комитет Совета Безопасности, учрежденный резолюцией 1737 (2006)',
        'zh:安全理事会第1737(2006)号决议所设委员会',
      ],
    ],
    // the Joint Inspection Unit (rows in Chinese, French and English: `组` and `Corps` are no heads)
    [
      'en:Joint Inspection Unit',
      [
        'ar:وحدة التفتيش المشتركة',
        'en:Joint Inspection Unit',
        'es:Dependencia Común de Inspección',
        "fr:Corps commun d'inspection",
        'ru:Объединенная инспекционная группа',
        'zh:联合检查组',
      ],
    ],
    // the Gulf Cooperation Council, which English and Chinese name only inside `the Gulf Cooperation Council
    // Initiative` (`海湾合作委员会倡议`): rows, since neither grammar reads a body inside an initiative's name
    [
      'en:Gulf Cooperation Council',
      [
        'ar:مجلس التعاون الخليجي',
        'en:Gulf Cooperation Council',
        'es:Consejo de Cooperación del Golfo',
        'fr:Conseil de coopération du Golfe',
        'ru:Совет сотрудничества стран Залива',
        'zh:海湾合作委员会',
      ],
    ],
    // the Lord's Resistance Army: Arabic a row; French had run on over `demeure active en République centrafricaine`
    [
      "en:Lord's Resistance Army",
      [
        'ar:جيش الرب للمقاومة',
        "en:Lord's Resistance Army",
        'es:Ejército de Resistencia del Señor',
        'fr:Armée de résistance du Seigneur',
        'ru:Армия сопротивления Бога',
        'zh:上帝抵抗军',
      ],
    ],
    // the Taliban, which Spanish writes in lower case (`los talibanes`, a row)
    ['en:Taliban', ['ar:طالبان', 'en:Taliban', 'es:talibanes', 'fr:Taliban', 'ru:Талибан', 'zh:塔利班']],
    // the ICRC and the Special Committee on the Charter (gazetteer rows in the six languages)
    [
      'en:International Committee of the Red Cross',
      [
        'ar:اللجنة الدولية للصليب الأحمر',
        'en:International Committee of the Red Cross',
        'es:Comité Internacional de la Cruz Roja',
        'fr:Comité international de la Croix-Rouge',
        'ru:Международный комитет Красного Креста',
        'zh:红十字国际委员会',
      ],
    ],
    [
      'en:Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization',
      [
        'ar:اللجنة الخاصة المعنية بميثاق الأمم المتحدة وبتعزيز دور المنظمة',
        'en:Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization',
        'es:Comité Especial de la Carta de las Naciones Unidas y del Fortalecimiento del Papel de la Organización',
        "fr:Comité spécial de la Charte des Nations Unies et du raffermissement du rôle de l'Organisation",
        'ru:Специальный комитет по Уставу Организации Объединенных Наций и усилению роли Организации',
        'zh:联合国宪章和加强联合国作用特别委员会',
      ],
    ],
    // The ACABQ and the Special Committee on decolonization: Chinese gives the full name or its short form
    // (`行预咨委会`, `特别委员会`) on lines where the other languages write `the Advisory Committee`, so the Chinese name
    // shares more lines with the generic references than with the full names; it goes with the full names, which
    // never occur without it (`aligned-lines+full-name`).
    [
      'en:Advisory Committee on Administrative and Budgetary Questions',
      [
        'ar:اللجنة الاستشارية لشؤون الإدارة والميزانية',
        'en:Advisory Committee on Administrative and Budgetary Questions',
        'es:Comisión Consultiva en Asuntos Administrativos y de Presupuesto',
        'fr:Comité consultatif pour les questions administratives et budgétaires',
        'ru:Консультативный комитет по административным и бюджетным вопросам',
        'zh:行政和预算问题咨询委员会',
      ],
    ],
    [
      'en:Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples',
      [
        'ar:اللجنة الخاصة المعنية بحالة تنفيذ إعلان منح الاستقلال للبلدان والشعوب المستعمرة',
        'en:Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples',
        'es:Comité Especial encargado de examinar la situación con respecto a la aplicación de la Declaración sobre la Concesión de la Independencia a los Países y Pueblos Coloniales',
        "fr:Comité spécial chargé d'étudier la situation en ce qui concerne l'application de la Déclaration sur l'octroi de l'indépendance aux pays et aux peuples coloniaux",
        'ru:Специальный комитет по вопросу о ходе осуществления Декларации о предоставлении независимости колониальным странам и народам',
        'zh:给予殖民地国家和人民独立宣言执行情况特别委员会',
      ],
    ],
  ])('links %s in all six languages', (id, members) => {
    expect(groupOf(id)?.members).toEqual(members);
  });

  it('keeps the generic references together, and links a full name only where it never occurs without the other', () => {
    expect(groupOf('en:Advisory Committee')?.members).toEqual([
      'ar:اللجنة الاستشارية',
      'en:Advisory Committee',
      'es:Comisión Consultiva',
      'fr:Comité consultatif',
      'ru:Консультативный комитет',
    ]);
    expect(groupOf('en:Special Committee')?.members).toContain('zh:特别委员会');
    const acabq = groupOf('en:Advisory Committee on Administrative and Budgetary Questions');
    const zh = acabq?.links.filter((l) => l.to === 'zh:行政和预算问题咨询委员会') ?? [];
    expect(zh.length).toBeGreaterThan(0);
    expect(zh.every((l) => l.method === 'aligned-lines+full-name' && l.sharedLines === l.fromLines)).toBe(true);
    expect(g.groups.flatMap((x) => x.links).filter((l) => l.method === 'aligned-lines+full-name').length).toBeLessThan(
      30,
    );
  });

  it('links FAO, which English, Spanish and Russian write with its short form only', () => {
    // (Chinese `粮农组织` joins the group too when jieba's tokens are given, as `untk glossary` gives them.)
    expect(groupOf('en:Food and Agriculture Organization of the United Nations')?.members).toEqual(
      expect.arrayContaining([
        'ar:منظمة الأغذية والزراعة',
        'en:Food and Agriculture Organization of the United Nations',
        'es:Organización de las Naciones Unidas para la Alimentación y la Agricultura',
        "fr:Organisation des Nations Unies pour l'alimentation et l'agriculture",
        'ru:Продовольственная и сельскохозяйственная организация Объединенных Наций',
      ]),
    );
  });

  it('links UNISFA across languages through the aligned lines', () => {
    const grp = groupOf('en:United Nations Interim Security Force for Abyei');
    expect(grp?.members).toEqual(
      expect.arrayContaining([
        'en:United Nations Interim Security Force for Abyei',
        'fr:Force intérimaire de sécurité des Nations Unies pour Abyei',
        'es:Fuerza Provisional de Seguridad de las Naciones Unidas para Abyei',
        'zh:联合国阿卜耶伊临时安全部队',
      ]),
    );
    const byId = new Map(g.entries.map((e) => [e.id, e]));
    expect(byId.get('fr:Force intérimaire de sécurité des Nations Unies pour Abyei')?.shortForms[0]?.form).toBe(
      'FISNUA',
    );
    expect(byId.get('zh:联合国阿卜耶伊临时安全部队')?.shortForms[0]?.form).toBe('联阿安全部队');
    const zhLink = grp?.links.find((l) => l.to === 'zh:联合国阿卜耶伊临时安全部队' && l.from.startsWith('en:'));
    expect(zhLink?.method).toBe('aligned-lines');
    expect(zhLink?.confidence).toBeGreaterThan(0.8);
    const esLink = grp?.links.find(
      (l) => l.from === 'en:United Nations Interim Security Force for Abyei' && l.to.startsWith('es:'),
    );
    expect(esLink?.method).toBe('aligned-lines+same-short-form');
  });

  it.each([
    ['en:Security Council', 'zh:安全理事会'],
    ['en:United Nations Office on Drugs and Crime', 'zh:联合国毒品和犯罪问题办公室'],
    ["en:United Nations Children's Fund", 'zh:联合国儿童基金会'],
    ['en:United Nations Development Programme', 'fr:Programme des Nations Unies pour le développement'],
    // gazetteer rows of the thirteenth session (Arabic writes Al-Qaida `تنظيم القاعدة`, the organisation, as
    // `القاعدة` alone is also a rule; French writes the Lebanese Armed Forces `l'armée libanaise`)
    ['en:Al-Qaida', 'ar:تنظيم القاعدة'],
    ['en:Al-Qaida in the Arabian Peninsula', 'ar:تنظيم القاعدة في شبه الجزيرة العربية'],
    ['en:Group of Friends', 'ar:مجموعة الأصدقاء'],
    ['en:Lebanese Armed Forces', 'fr:Armée libanaise'],
    // the Special Committee on decolonisation, whose name the grammars cut at its first lower-case word (`with
    // regard to`, `encargado de`) or its head word (`Специальным комитетом`, instrumental)
    [
      'en:Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples',
      'ru:Специальный комитет по вопросу о ходе осуществления Декларации о предоставлении независимости колониальным странам и народам',
    ],
    [
      'en:Special Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples',
      'es:Comité Especial encargado de examinar la situación con respecto a la aplicación de la Declaración sobre la Concesión de la Independencia a los Países y Pueblos Coloniales',
    ],
  ])('puts %s and %s in one group', (a, b) => {
    expect(groupOf(a)).toBeDefined();
    expect(groupOf(a)).toBe(groupOf(b));
  });

  // Each of these met a wrong entry on the one aligned line they share, or on two, and was linked to it before
  // head words were compared (an office to a committee, an agency to a committee, a liberation organisation to
  // an authority); the right entry was there, and is linked now.
  it.each([
    ['en:United Nations Regional Office for Central Africa', 'zh:联合国中部非洲区域办事处'],
    ['en:International Committee of the Red Cross', 'es:Comité Internacional de la Cruz Roja'],
    ['en:World Trade Organization', 'es:Organización Mundial del Comercio'],
    ['en:Palestine Liberation Organization', 'es:Organización de Liberación de Palestina'],
  ])('groups %s with %s', (a, b) => {
    expect(groupOf(a)?.members).toContain(b);
  });

  it.each([
    ['en:United Nations Regional Office for Central Africa', 'zh:小武器和轻武器国家委员会'],
    [
      'en:United Nations Relief and Works Agency for Palestine Refugees in the Near East',
      'es:Comité Internacional de la Cruz Roja',
    ],
    ['en:Palestine Liberation Organization', 'es:Autoridad Palestina'],
    ['en:European Police Office', 'zh:国际刑事警察组织'],
    ['en:Supreme Court', 'zh:司法事务委员会'],
    // an account (money held for a body) is no court: the Tribunal's own name is linked instead
    [
      'en:Special Account for the International Tribunal for the Prosecution of Persons Responsible for Serious Violations of International Humanitarian Law Committed in the Territory of the Former',
      'ar:المحكمة الدولية لمحاكمة الأشخاص المسؤولين',
    ],
  ])('does not group %s with %s, a different kind of body', (a, b) => {
    expect(groupOf(a)?.members ?? []).not.toContain(b);
  });

  // Two bodies named on the same one or two lines, each as often as the other: the lines alone tie, and the order
  // of the names on their lines tells them apart (the IAEA and the OPCW, the two IMO committees, the Asian
  // Institute of Technology and the Asian Disaster Reduction Center). Before, the tie went to the ids.
  it.each([
    ['en:Organization for the Prohibition of Chemical Weapons', 'ar:منظمة حظر الأسلحة الكيميائية'],
    [
      'en:Organization for the Prohibition of Chemical Weapons',
      "fr:Organisation pour l'interdiction des armes chimiques",
    ],
    ['en:Maritime Safety Committee', 'zh:海事安全委员会'],
    ['en:Maritime Safety Committee', 'ar:لجنة السلامة البحرية'],
    ['en:Maritime Environment Protection Committee', 'zh:海洋环境保护委员会'],
    ['en:Asian Institute of Technology', 'zh:亚洲技术研究院'],
    ['en:Asian Institute of Technology', 'fr:Institut asiatique de technologie'],
    ['en:World Bank Group', 'fr:Groupe de la Banque mondiale'],
    ['en:Special Tribunal for Lebanon', 'fr:Tribunal spécial pour le Liban'],
  ])('groups %s with %s, named as often on the same lines as another body', (a, b) => {
    expect(groupOf(a)?.members).toContain(b);
  });

  it.each([
    ["en:United Nations Children's Fund", 'ar:منظمة الأمم المتحدة للطفولة'],
    [
      'en:European Union Rule of Law Mission',
      'ru:Миссия Европейского союза по вопросам законности и правопорядка в Косово',
    ],
    ['en:Multinational Joint Task Force', 'es:Equipo de Tareas Multinacional Conjunto'],
  ])('still groups %s with %s, whose head words differ but may translate each other', (a, b) => {
    expect(groupOf(a)?.members).toContain(b);
  });

  it('never links two entries whose head words are of known, different kinds', () => {
    const kind = (id: string) => headKinds(id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1));
    const links = g.groups.flatMap((grp) => grp.links);
    expect(links.length).toBeGreaterThan(1000);
    expect(links.filter((l) => !compatibleKinds(kind(l.from), kind(l.to)))).toEqual([]);
  });

  // Line 2713 names the 1267/1989 committee beside Al-Qaida in the Arabian Peninsula, each once a language: the
  // Arabic committee goes with the committee that cites its resolutions, not with the body named beside it.
  it('groups a committee named by its resolutions with the committees that cite the same ones', () => {
    const committee = groupOf(
      'en:Security Council Committee established pursuant to resolutions 1267 (1999) and 1989 (2011)',
    );
    expect(committee?.members).toContain('ar:لجنة مجلس الأمن المنشأة عملا بالقرارين 1267 (1999) و 1989 (2011)');
    expect(committee?.members).toContain(
      'ru:Комитет Совета Безопасности, учрежденный резолюциями 1267 (1999) и 1989 (2011)',
    );
    expect(groupOf('en:Al-Qaida in the Arabian Peninsula')?.members).toEqual([
      'ar:تنظيم القاعدة في شبه الجزيرة العربية',
      'en:Al-Qaida in the Arabian Peninsula',
      'es:Al-Qaida en la Península Arábiga',
      'ru:организация <<Аль-Каида>> на Аравийском полуострове',
    ]);
    // the Rapid Support Forces, named on line 1635 beside `the 1591 committee`: the forces in five languages, the
    // committee of resolution 1591 (2005) not among them
    expect(groupOf('en:Rapid Support Forces')?.members).toEqual([
      'en:Rapid Support Forces',
      'es:Fuerzas de Respuesta Rápida',
      "fr:Forces d'appui",
      'ru:Силы оперативного оказания поддержки',
      'zh:快速支援部队',
    ]);
    // and the committee with the English and Chinese lines' `1591 committee` and `1591委员会`
    expect(groupOf('en:1591 Committee')?.members).toEqual([
      'ar:لجنة مجلس الأمن المنشأة عملا بالقرار 1591 (2005)',
      'en:1591 Committee',
      'es:Comité del Consejo de Seguridad establecido en virtud de la resolución 1591 (2005)',
      'fr:Comité des sanctions',
      'zh:1591委员会',
    ]);
  });

  it('never groups two entries that cite different resolutions', () => {
    const byId = new Map(g.entries.map((e) => [e.id, e]));
    const cited = g.groups.flatMap((grp) =>
      grp.members.map((m) => [...citedResolutions(byId.get(m)?.name ?? '')].join(' ')).filter((c) => c !== ''),
    );
    expect(cited.length).toBeGreaterThanOrEqual(35);
    for (const grp of g.groups) {
      const sets = grp.members.map((m) => citedResolutions(byId.get(m)?.name ?? '')).filter((c) => c.size > 0);
      for (const a of sets) for (const b of sets) expect([...a].sort()).toEqual([...b].sort());
    }
  });

  it('links each entry to at most one entry of each other language', () => {
    for (const grp of g.groups) {
      const langsSeen = grp.members.map((m) => m.split(':')[0]);
      expect(new Set(langsSeen).size).toBe(langsSeen.length);
    }
  });
});

describe('cited resolutions', () => {
  it.each([
    [
      'Security Council Committee established pursuant to resolutions 1267 (1999) and 1989 (2011)',
      ['1267(1999)', '1989(2011)'],
    ],
    ['安全理事会关于中非共和国的第2127(2013)号决议所设委员会', ['2127(2013)']],
    ['لجنة مجلس الأمن المنشأة عملا بالقرار ١٥٩١ (٢٠٠٥)', ['1591(2005)']],
    ['Комитет Совета Безопасности, учрежденный резолюцией 1737 (2006)', ['1737(2006)']],
    // a year alone, or a date, is no resolution
    ['Tribunal international chargé de juger … depuis 1991', []],
    ['Group of 77', []],
  ])('%s cites %j', (name, expected) => {
    expect([...citedResolutions(name)].sort()).toEqual(expected);
  });

  it('refuses to link two committees that cite different resolutions, on lines that say otherwise', () => {
    // A misaligned pair of lines: the English one names the Liberia committee, the French one the committee of
    // resolution 1737 (2006) (dev-set lines 709 and 1887); alone on their lines, the two would link at 0.5.
    const en = corpusText('unpc-devset/UNv1.0.devset.en').split('\n')[707] ?? '';
    const fr = corpusText('unpc-devset/UNv1.0.devset.fr').split('\n')[1885] ?? '';
    expect(en).toContain('1521 (2003)');
    expect(fr).toContain('1737 (2006)');
    const entities = [...entitiesOf('en', 'en', en), ...entitiesOf('fr', 'fr', fr)];
    const g = buildGlossary(entities, { aligned: { lineStarts: { en: [0], fr: [0] } } });
    const ids = g.entries.map((e) => e.id);
    expect(ids).toContain('en:Security Council Committee established pursuant to resolution 1521 (2003)');
    expect(ids).toContain('fr:Comité du Conseil de sécurité créé par la résolution 1737 (2006)');
    expect(g.groups.flatMap((grp) => grp.links)).toEqual([]);
  });
});

describe('a full name that goes with the other language’s full name', () => {
  // Lines of 10 characters: a Chinese committee that cites resolution 1518 (2003) and has a short form, on lines 0-3;
  // English writes `Committee` on lines 0-1 and a longer name on lines 2-3.
  const org = (doc: string, lang: string, line: number, name: string): Entity => ({
    kind: 'organization',
    doc,
    text: name,
    start: line * 10,
    end: line * 10 + 5,
    lang,
    name,
  });
  const zh = '第1518(2003)号决议所设委员会';
  const glossaryWith = (fuller: string) =>
    buildGlossary(
      [
        ...[0, 1, 2, 3].map((l) => org('zh', 'zh', l, zh)),
        { kind: 'acronym', doc: 'zh', text: '1518委员会', start: 5, end: 9, lang: 'zh', long: zh, short: '1518委员会' },
        ...[0, 1].map((l) => org('en', 'en', l, 'Committee')),
        ...[2, 3].map((l) => org('en', 'en', l, fuller)),
      ],
      { aligned: { lineStarts: { zh: [0, 10, 20, 30], en: [0, 10, 20, 30] } } },
    );
  const groupOf = (g: ReturnType<typeof buildGlossary>, id: string) => g.groups.find((x) => x.members.includes(id));

  it('links the Chinese name to the longer English one, which never occurs without it', () => {
    const g = glossaryWith('Committee on Sanctions');
    expect(groupOf(g, `zh:${zh}`)?.members).toEqual(['en:Committee on Sanctions', `zh:${zh}`]);
    expect(groupOf(g, `zh:${zh}`)?.links[0]?.method).toBe('aligned-lines+full-name');
  });

  it('not when the longer name cites other resolutions: the link stays with `Committee`', () => {
    const g = glossaryWith('Committee established pursuant to resolution 1267 (1999)');
    expect(groupOf(g, `zh:${zh}`)?.members).toEqual(['en:Committee', `zh:${zh}`]);
  });
});

describe('link confidence', () => {
  it.each([
    [0, 5, 5, 0],
    [1, 1, 1, 0.5],
    [2, 2, 2, 0.75],
    [8, 8, 9, 0.938],
    [3, 3, 9, 0.438],
  ])('shared %i of %i/%i lines → %f', (shared, a, b, expected) => {
    expect(linkConfidence(shared, a, b)).toBe(expected);
  });
});

describe('Chinese and Arabic members read on the aligned lines (the texts given)', () => {
  const langs = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
  const entities: Entity[] = [];
  const starts: Record<string, number[]> = {};
  const texts: Record<string, { lang: string; text: string }> = {};
  for (const l of langs) {
    const text = corpusText(`unpc-devset/UNv1.0.devset.${l}`);
    entities.push(...entitiesOf(`devset.${l}`, l, text));
    starts[`devset.${l}`] = lineStarts(text);
    texts[`devset.${l}`] = { lang: l, text };
  }
  const without = buildGlossary(entities, { aligned: { lineStarts: starts } });
  const g = buildGlossary(entities, { aligned: { lineStarts: starts, texts } });
  const members = (glossary: typeof g, id: string) => glossary.groups.find((x) => x.id === id)?.members ?? [];

  it.each([
    // `基金` (fund), `小组` (group) and `中心` (centre) end ordinary phrases too: the grammar does
    // not follow them alone, and English, French, Spanish, Russian and Arabic name the body on the line.
    ['en:Technical Cooperation Fund', 'zh:技术合作基金'],
    ['en:Technical Cooperation Trust Fund', 'zh:技术合作信托基金'],
    ['en:Peacebuilding Fund', 'zh:建设和平基金'],
    ['en:Programme for Infrastructure Development in Africa', 'zh:非洲基础设施发展方案'],
    ['en:Procurement Division', 'zh:采购司'],
    // A body found right before opens the name when the pivot's name holds that body's: the United Nations, the
    // Security Council (`安全理事会事务司`); not the Department of Economic and Social Affairs before `人口司`.
    ['en:United Nations Evaluation Group', 'zh:联合国评价小组'],
    ['ar:شعبة شؤون مجلس الأمن', 'zh:安全理事会事务司'],
    ['en:Population Division', 'zh:人口司'],
    // No more conjunctions than the English name: `增加小额贷款和发展基金` (increase microcredit and the Development
    // Fund); `事件和应急中心` keeps its `和` (Incident and Emergency Centre).
    ['en:Development Fund', 'zh:发展基金'],
    ['en:Incident and Emergency Centre', 'zh:事件和应急中心'],
    // Words that end the walk before a name: `以来存入赔偿基金` (deposited since … in the Compensation Fund), `修订`
    // (revise) and `第十一批` (the eleventh, `批`).
    ['en:Compensation Fund', 'zh:赔偿基金'],
    ['en:Expert Mechanism on the Rights of Indigenous Peoples', 'zh:土著人民权利专家机制'],
    ['en:European Development Fund', 'zh:欧洲开发基金'],
    // Arabic constructs that end in a proper name, which takes no article: the grammar reads none.
    ['en:Haiti Reconstruction Fund', 'ar:صندوق تعمير هايتي'],
    ['en:Mano River Union', 'ar:اتحاد نهر مانو'],
  ])('gives %s the member %s', (group, member) => {
    expect(members(without, group)).not.toContain(member);
    expect(members(g, group)).toContain(member);
    const entry = g.entries.find((e) => e.id === member);
    const lang = member.slice(0, 2);
    expect(entry).toMatchObject({ lang, type: 'body', projected: true });
    const text = texts[`devset.${lang}`]!.text;
    expect(text.slice(entry!.first.start, entry!.first.start + entry!.first.text.length)).toBe(member.slice(3));
    const links = g.groups.find((x) => x.id === group)!.links.filter((l) => l.to === member || l.from === member);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.method === 'projected' && l.sharedLines >= 1)).toBe(true);
  });

  it('gives no member where two names of the kind stand on the line, or only a class', () => {
    // `高等法院和上诉法院` (the High Court of Justice and the Court of Appeal); `民航管理部门` (the Civil Aviation
    // Department) beside `希族塞人行政当局` (the Greek Cypriot administration); `各协调中心` (each focal point).
    for (const group of [
      'en:High Court of Justice',
      'en:Civil Aviation Department of the Turkish Republic of Northern Cyprus',
    ])
      expect(members(g, group).filter((m) => m.startsWith('zh:'))).toEqual([]);
    expect(g.entries.map((e) => e.name)).not.toContain('协调中心');
    // `منتدى عام 2013 العالمي` (the 2013 Global Landscapes Forum): a year, not a proper name, after the head.
    expect(members(g, 'en:Global Landscapes Forum').filter((m) => m.startsWith('ar:'))).toEqual([]);
  });

  it('only adds: every group keeps its members, the entities are the same, one group a projected name', () => {
    for (const grp of without.groups) {
      const now = members(g, grp.id);
      expect(now.filter((m) => !grp.members.includes(m)).every((m) => /^(?:zh|ar):/u.test(m))).toBe(true);
      expect(grp.members.every((m) => now.includes(m))).toBe(true);
    }
    const projected = g.entries.filter((e) => e.projected);
    expect(g.entries.length - projected.length).toBe(without.entries.length);
    for (const e of projected) expect(g.groups.filter((x) => x.members.includes(e.id))).toHaveLength(1);
    // The dev set's groups that span the six languages: 180 without, 202 with (a floor under it).
    const six = (x: typeof g) =>
      x.groups.filter((grp) => new Set(grp.members.map((m) => m.split(':')[0])).size === 6).length;
    expect(six(g) - six(without)).toBeGreaterThanOrEqual(15);
  });

  it('marks a projected name in Markdown and keeps it in JSON', () => {
    const md = formatGlossary(g, 'md');
    expect(md).toContain('| zh | 技术合作基金 (aligned) |');
    expect(md).toContain('read on the aligned lines where the others name it');
    expect(JSON.parse(formatGlossary(g, 'json'))).toEqual(g);
  });
});
