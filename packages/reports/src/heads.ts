/**
 * What kind of body a glossary name is, from its head word: the word that says a body is a committee, an office,
 * a mission or a court. Two names whose kinds are both known and share none do not name the same body, however
 * often they meet on the same aligned lines (`United Nations Regional Office for Central Africa` and
 * `小武器和轻武器国家委员会`, a committee, on the one line where the Chinese side's office was not found).
 *
 * The kinds are broad on purpose, and a word belongs to every kind its translations reach: `委员会` translates
 * Committee, Commission and Board, and the Intergovernmental Panel on Climate Change is a `委员会` too; `署`
 * translates Office and Programme (开发计划署); `执行局` is an Executive Board and an Executive Directorate. A name
 * whose head word is not in the tables is of no known kind, and is never refused.
 */
import { compareStrings } from '@untk/core';

/** A council, committee, commission or board: a body of members that deliberates. */
const DELIB = 1;
/** An assembly, conference, meeting, forum or summit. */
const ASSEMBLY = 2;
/** A group, panel or team. */
const GROUP = 4;
/** An office, department, secretariat, agency, centre or institute: an administrative body. */
const OFFICE = 8;
/** A mission, operation, force or army. */
const MISSION = 16;
/** A court, tribunal or chamber. */
const COURT = 32;
/** An organisation, union, association, alliance or foundation. */
const ORG = 64;
/** A fund, programme or bank. */
const FUND = 128;

type Table = ReadonlyArray<readonly [number, readonly string[]]>;

function toMap(table: Table, key: (w: string) => string = (w) => w): Map<string, number> {
  const m = new Map<string, number>();
  for (const [kind, words] of table) for (const w of words) m.set(key(w), (m.get(key(w)) ?? 0) | kind);
  return m;
}

// English, French and Spanish head words, lower-cased, singular and plural where both occur.
const LATIN = toMap(
  [
    [
      DELIB,
      [
        'council',
        'committee',
        'subcommittee',
        'commission',
        'sub-commission',
        'board',
        'panel',
        'parliament',
        'congress',
        'senate',
        'bureau',
        'conseil',
        'comité',
        'sous-comité',
        'parlement',
        'congrès',
        'sénat',
        'groupe',
        'consejo',
        'subcomité',
        'comisión',
        'junta',
        'parlamento',
        'congreso',
        'senado',
        'grupo',
      ],
    ],
    [
      ASSEMBLY,
      [
        'assembly',
        'conference',
        'meeting',
        'forum',
        'summit',
        'parliament',
        'congress',
        'assemblée',
        'conférence',
        'réunion',
        'sommet',
        'parlement',
        'congrès',
        'asamblea',
        'conferencia',
        'reunión',
        'foro',
        'cumbre',
        'parlamento',
        'congreso',
      ],
    ],
    [
      GROUP,
      ['group', 'panel', 'team', 'unit', 'cell', 'groupe', 'équipe', 'cellule', 'grupo', 'equipo', 'célula', 'force'],
    ],
    [
      OFFICE,
      [
        'office',
        'bureau',
        'department',
        'division',
        'secretariat',
        'directorate',
        'agency',
        'authority',
        'administration',
        'service',
        'unit',
        'centre',
        'center',
        'institute',
        'ministry',
        'section',
        'branch',
        'entity',
        'mechanism',
        'registry',
        'board',
        'college',
        'university',
        'academy',
        'school',
        'collège',
        'université',
        'académie',
        'école',
        'colegio',
        'universidad',
        'academia',
        'escuela',
        'département',
        'secrétariat',
        'direction',
        'agence',
        'autorité',
        'institut',
        'ministère',
        'haut-commissariat',
        'entité',
        'mécanisme',
        'greffe',
        'oficina',
        'departamento',
        'división',
        'secretaría',
        'dirección',
        'agencia',
        'autoridad',
        'administración',
        'servicio',
        'centro',
        'instituto',
        'ministerio',
        'sección',
        'entidad',
        'mecanismo',
      ],
    ],
    [
      MISSION,
      [
        'mission',
        'team',
        'équipe',
        'equipo',
        'operation',
        'force',
        'forces',
        'army',
        'front',
        'movement',
        'police',
        'brigade',
        'opération',
        'armée',
        'mouvement',
        'misión',
        'operación',
        'fuerza',
        'fuerzas',
        'ejército',
        'frente',
        'movimiento',
        'policía',
      ],
    ],
    [COURT, ['court', 'tribunal', 'chamber', 'chambers', 'cour', 'chambre', 'corte', 'sala']],
    [
      ORG,
      [
        'organization',
        'organisation',
        'union',
        'association',
        'federation',
        'alliance',
        'league',
        'community',
        'foundation',
        'society',
        'network',
        'coalition',
        'partnership',
        'movement',
        'party',
        'front',
        'agency',
        'fédération',
        'ligue',
        'communauté',
        'fondation',
        'société',
        'réseau',
        'partenariat',
        'parti',
        'mouvement',
        'organización',
        'unión',
        'asociación',
        'federación',
        'alianza',
        'liga',
        'comunidad',
        'fundación',
        'sociedad',
        'red',
        'coalición',
        'partido',
        'movimiento',
        'frente',
        'agence',
        'agencia',
      ],
    ],
    [
      FUND,
      [
        'fund',
        // `Special Account for the International Tribunal …`: money held for a body, never the body
        'account',
        'compte',
        'cuenta',
        'programme',
        'program',
        'bank',
        'facility',
        'foundation',
        'fonds',
        'banque',
        'fondation',
        'partenariat',
        'fondo',
        'programa',
        'banco',
        'fundación',
      ],
    ],
  ],
  (w) => w.toLowerCase(),
);

// Chinese names end with their head word: the longest of these that ends the name decides.
const ZH = toMap([
  [DELIB, ['委员会', '理事会', '执行局', '局', '议会', '国会', '机制', '主席团']],
  [ASSEMBLY, ['大会', '会议', '论坛', '峰会', '议会', '国会']],
  [GROUP, ['委员会', '小组', '组', '工作队', '队', '集团']],
  [
    OFFICE,
    [
      '办公室',
      '办事处',
      '秘书处',
      '部门',
      '执行局',
      '局',
      '厅',
      '部',
      '司',
      '处',
      '科',
      '署',
      '中心',
      '研究所',
      '研究院',
      '所',
      '学院',
      '大学',
      '机构',
      '机制',
      '当局',
      '书记官处',
    ],
  ],
  [MISSION, ['特派团', '代表团', '团', '行动', '部队', '军', '力量', '阵线', '运动', '警察', '队', '部']],
  [COURT, ['法院', '法庭', '分庭']],
  [
    ORG,
    ['组织', '集团', '联盟', '协会', '联合会', '共同体', '基金会', '网络', '伙伴关系', '党', '阵线', '运动', '机构'],
  ],
  [FUND, ['基金', '基金会', '基金组织', '银行', '方案', '计划', '署']],
]);
const ZH_LONGEST = Math.max(...[...ZH.keys()].map((k) => k.length));

// Russian head nouns, by stem: a word is one of them when it is the stem with a noun's case ending after it
// (RU_ENDINGS), so that `центр` names a centre and `Центральный` (central) does not.
const RU = toMap([
  [DELIB, ['совет', 'комитет', 'подкомитет', 'комисси', 'правлени', 'парламент', 'конгресс', 'групп', 'бюро']],
  [ASSEMBLY, ['ассамбле', 'конференци', 'совещани', 'форум', 'саммит', 'встреч', 'парламент', 'конгресс', 'палат']],
  [GROUP, ['групп', 'команд', 'сил']],
  [
    OFFICE,
    [
      'управлени',
      'отделени',
      'отдел',
      'департамент',
      'секретариат',
      'директорат',
      'агентств',
      'администраци',
      'служб',
      'центр',
      'институт',
      'министерств',
      'секци',
      'канцеляри',
      'структур',
      'механизм',
      'бюро',
      'орган',
    ],
  ],
  [MISSION, ['мисси', 'операци', 'сил', 'арми', 'фронт', 'движени', 'полици']],
  [COURT, ['суд', 'трибунал', 'палат']],
  [
    ORG,
    [
      'организаци',
      'союз',
      'ассоциаци',
      'федераци',
      'альянс',
      'лиг',
      'сообществ',
      'фонд',
      'сет',
      'коалици',
      'партнерств',
      'парти',
      'движени',
      'фронт',
      'агентств',
      'орган',
    ],
  ],
  [FUND, ['фонд', 'программ', 'банк']],
]);
const RU_LONGEST = Math.max(...[...RU.keys()].map((k) => k.length));
const RU_ENDINGS = new Set(
  [
    '',
    'а',
    'у',
    'ом',
    'е',
    'ы',
    'ов',
    'ам',
    'ами',
    'ах',
    'и',
    'я',
    'ю',
    'ей',
    'ем',
    'ям',
    'ями',
    'ях',
    'ь',
    'ью',
  ].concat(['ия', 'ии', 'ию', 'ией', 'ие', 'ий', 'иям', 'иями', 'иях', 'о', 'ой', 'ою']),
);

// Arabic names start with their head word (the first of a construct), with or without the article. UNICEF is an
// `منظمة` (organisation) in Arabic and a Fund elsewhere.
const AR = toMap(
  [
    // (`مفوضية` is the office of a High Commissioner, and the Commission of the African Union.)
    [DELIB, ['لجنة', 'مجلس', 'هيئة', 'فريق', 'برلمان', 'مفوضية']],
    [ASSEMBLY, ['جمعية', 'مؤتمر', 'اجتماع', 'منتدى', 'قمة', 'برلمان']],
    [GROUP, ['فريق', 'مجموعة', 'لجنة', 'خلية', 'وحدة', 'قوة']],
    [
      OFFICE,
      [
        'مكتب',
        'إدارة',
        'شعبة',
        'أمانة',
        'وكالة',
        'سلطة',
        'مركز',
        'معهد',
        'وزارة',
        'مفوضية',
        'هيئة',
        'آلية',
        'وحدة',
        'دائرة',
        'قلم',
        'كيان',
      ],
    ],
    [MISSION, ['بعثة', 'عملية', 'قوة', 'قوات', 'جيش', 'جبهة', 'حركة', 'شرطة']],
    [COURT, ['محكمة', 'محاكم', 'دائرة', 'دوائر']],
    [ORG, ['منظمة', 'اتحاد', 'رابطة', 'جمعية', 'مؤسسة', 'شبكة', 'تحالف', 'شراكة', 'حزب', 'حركة', 'جبهة', 'هيئة']],
    [FUND, ['صندوق', 'برنامج', 'بنك', 'مصرف', 'مؤسسة', 'منظمة']],
  ],
  arabicKey,
);

/** An Arabic word without its article and with its alef forms made one (آ أ إ → ا). */
function arabicKey(w: string): string {
  const bare = w.replace(/[آأإ]/g, 'ا');
  return bare.startsWith('ال') && bare.length > 3 ? bare.slice(2) : bare;
}

// Words that end an English name's head: what follows is its complement (`Office for Central Africa`). `of`
// ends it only before `the` (`Secretariat of the Pacific Community`): without an article it more often joins a
// compound inside the head (`European Union Rule of Law Mission`, `Group of Non-Aligned States`).
const EN_COMPLEMENT = new Set(['for', 'on', 'to', 'against', 'in', 'at', 'between', 'concerning', 'from']);
// French and Spanish words after which a name's head has been said: its complement follows.
const ROMANCE_COMPLEMENT = new Set([
  'de',
  'des',
  'du',
  "d'",
  'pour',
  'sur',
  'contre',
  'chargé',
  'chargée',
  'en',
  'à',
  'au',
  'aux',
  'del',
  'para',
  'sobre',
  'contra',
  'encargado',
  'encargada',
]);
const RU_COMPLEMENT = new Set(['по', 'для', 'в', 'во', 'на', 'против', 'при', 'о', 'об']);

function words(name: string): string[] {
  return name.split(/[\s\u00a0]+|(?<=['’])/u).filter((w) => w !== '');
}

/**
 * The kinds of body `name` (a glossary name in `lang`) may be, as bits; 0 when its head word is not known.
 * - English: the last known head word before the complement (`for`, `on`, `of the` …): `United Nations Regional
 *   Office for Central Africa` is an office, `Counter-Terrorism Committee Executive Directorate` a directorate.
 * - French and Spanish: the first known head word before the complement (`Bureau régional des Nations Unies …`).
 * - Russian: the first known head noun (adjectives come before it: `Региональное отделение …`).
 * - Arabic: the first word.
 * - Chinese: the longest known head word that ends the name.
 */
export function headKinds(lang: string, name: string): number {
  if (lang === 'zh') {
    for (let n = Math.min(ZH_LONGEST, name.length); n >= 1; n--) {
      const k = ZH.get(name.slice(name.length - n));
      if (k !== undefined) return k;
    }
    return 0;
  }
  const ws = words(name);
  if (lang === 'ar') return AR.get(arabicKey(ws[0] ?? '')) ?? 0;
  if (lang === 'ru') {
    for (const w of ws) {
      const lw = w.toLowerCase();
      if (RU_COMPLEMENT.has(lw)) break;
      for (let n = Math.min(lw.length, RU_LONGEST); n >= 3; n--) {
        const k = RU.get(lw.slice(0, n));
        if (k !== undefined && RU_ENDINGS.has(lw.slice(n))) return k;
      }
    }
    return 0;
  }
  const lower = ws.map((w) => w.toLowerCase().replace(/['’]$/u, "'"));
  if (lang === 'en') {
    let end = lower.findIndex((w, i) => EN_COMPLEMENT.has(w) || (w === 'of' && lower[i + 1] === 'the'));
    if (end < 0) end = lower.length;
    for (let i = end - 1; i >= 0; i--) {
      const k = LATIN.get(lower[i] ?? '');
      if (k !== undefined) return k;
    }
    return 0;
  }
  if (lang === 'fr' || lang === 'es') {
    for (const w of lower) {
      if (ROMANCE_COMPLEMENT.has(w)) break;
      const k = LATIN.get(w);
      if (k !== undefined) return k;
    }
  }
  return 0;
}

// Head words that end too many ordinary phrases to be looked for (`采取行动`, to take action).
const TOO_COMMON = new Set(['行动']);
// The one-character heads looked for: offices (`领土卫生事务局`, `法律事务厅`, `开发计划署`, `条约司`). Others (`部`, `处`,
// `组`, `队`) end too many ordinary words (`北部`, `之处`).
const OFFICE_CHARS = new Set(['局', '厅', '署', '司']);

// zhHeadsOf by kinds, made once each: the projection asks on every line it reads.
const ZH_HEADS_OF = new Map<number, readonly string[]>();

/**
 * The Chinese head words of a body of one of these kinds, longest first (see TOO_COMMON and OFFICE_CHARS for those
 * left out): where to look in a Chinese line for a body another language names there.
 */
export function zhHeadsOf(kinds: number): readonly string[] {
  let heads = ZH_HEADS_OF.get(kinds);
  if (!heads) {
    heads = [...ZH.entries()]
      .filter(([w, k]) => (w.length >= 2 ? !TOO_COMMON.has(w) : OFFICE_CHARS.has(w)) && (k & kinds) !== 0)
      .map(([w]) => w)
      .sort((a, b) => b.length - a.length || compareStrings(a, b));
    ZH_HEADS_OF.set(kinds, heads);
  }
  return heads;
}

/** May names of these kinds (headKinds) name the same body? Yes unless both are known and share no kind. */
export function compatibleKinds(a: number, b: number): boolean {
  return a === 0 || b === 0 || (a & b) !== 0;
}
