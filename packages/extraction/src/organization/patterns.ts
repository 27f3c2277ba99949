/**
 * Patterns of the organisation finder. Each names what it matches and what it does not; names themselves are
 * data (`data/organizations.<lang>.tsv`).
 */

/** Heads that make a Chinese body's name whole and are rarely anything else (`…委员会`, `…执行局`, `…特派团`). */
export const ZH_STRONG_SUFFIXES = [
  '委员会',
  '执行局',
  '办公室',
  '工作组',
  '工作队',
  // `政府专家组` (the Group of Governmental Experts), `空间天气专家组` (the Expert Group on Space Weather).
  '专家组',
  '监测组',
  '任务组',
  '研究所',
  '公署',
  '特派团',
  '稳定团',
  '援助团',
  '观察团',
  '维持和平部队',
  '部队',
  '计划署',
  '规划署',
  '基金会',
  '办事处',
  '理事会',
  '秘书处',
  '共同体',
  // `第四委员会主席团`, `执行局主席团`: the Bureau of a body (English `Bureau of the Fourth Committee`).
  '主席团',
  // Armies that English names by their capitalised names (`Israel Defense Forces`, `Free Syrian Army`, `Korean
  // People's Army`): `以色列国防军`, `叙利亚自由军`, `朝鲜人民军`, `苏丹人民解放军`, `上帝抵抗军`. Not `军` alone (`海军`,
  // `将军`, `联军`).
  '国防军',
  '自由军',
  '国民军',
  '人民军',
  '解放军',
  '抵抗军',
  // `利比亚问题专家小组` (the Panel of Experts on Libya); `专家小组` alone is no head: verbs run into it (`执行专家小组的任务`).
  '问题专家小组',
  // `家庭之友小组`, the Group of Friends of the Family: `X之友小组` names a group of friends of X.
  '之友小组',
] as const;

/** Heads that also end ordinary phrases (`区域组织`, `国家警察网络`, `数据中心`): kept only with more evidence. */
export const ZH_WEAK_SUFFIXES = [
  '组织',
  '中心',
  '协会',
  '论坛',
  '联盟',
  '网络',
  '机构',
  '处',
  '署',
  '大学',
  '研究院',
  '集团',
  '倡议',
  '法庭',
  '法院',
] as const;

/**
 * Heads that alone are what English calls a body by (`Panel of Experts`, `Advisory Group`, `Executive Board`): when no
 * body the document named before takes one, it is a name of its own, as the English one is. Not `委员会` (English does
 * not count `the Committee` either) nor `工作组`: on the dev set's lines, 8 of 18 bare `工作组` were a working group
 * that English writes in lower case (`设立了具体的工作组`, `有时限的特设工作组`), against none of 22 `专家小组`.
 */
export const ZH_STANDALONE_HEADS = ['专家小组', '咨询小组', '执行局'] as const;

/** Generic heads that alone refer to a body named earlier in the document (`委员会` = "the Committee"). */
export const ZH_GENERIC_HEADS = ['委员会', '执行局', '监测组'] as const;

// One suffix, longest first so that `维持和平部队` wins over `部队`; sticky, tried at one position.
export const ZH_SUFFIX = new RegExp(
  `(?:${[...new Set([...ZH_STRONG_SUFFIXES, ...ZH_WEAK_SUFFIXES])].sort((a, b) => b.length - a.length).join('|')})$`,
  'u',
);

// A Han character; names are runs of these (Latin acronyms inside a Chinese name are not followed).
export const HAN = /\p{Script=Han}/u;

// Single characters that never sit inside a Chinese body's name and so end its leftward extension:
// particles, prepositions, pronouns and verbs (的 在 对 向 为 于 由 将 把 被 从 或 是 了 等 并 还 就 给 该 各 这 此 即 所 其 供 请
// 如 设 而 又 再 均 都 已 予 次 届 个 些 否 且 批 至). Not 也 应 项 曾 (维也纳, 应急, 项目厅, transliterated names).
// Not 和 与 及 、 (names contain them: 毒品和犯罪问题办公室, 欧洲安全与合作组织, 经济及社会理事会).
export const ZH_STOP_CHAR =
  /[的在对向为于由将把被从或是了等并还就给该各这此即所供其请如设而又再均都已予次届个些否且批至]/u;

// Conjunctions that join two names or sit inside one; a name does not extend over one that follows another name.
export const ZH_CONJ = /[和与及、]/u;

/** Two- and three-character verbs and words that come before a name, never inside one (协助 支持 参加 推动 鼓励 包括 通过…). */
export const ZH_STOP_WORDS: readonly string[] = (
  '协助 结合 配合 继续 逐步 引入 会员国 支持 参加 参与 推动 鼓励 包括 通过 促进 加强 提供 举办 介绍 提交 代表 说明 通报 邀请 请求 要求 建议 设立 成立 根据 依照 按照 ' +
  '关于 作为 同时 以及 还有 表明 指出 认为 强调 呼吁 欢迎 赞扬 注意到 牵头 合作 协商 接触 会同 连同 报告 发布 启动 签署 主持 召开 谈到 符合 拟订 确定 事关 用作 敦促 ' +
  '通知 确认 认可 引用 披露 举行 有待 选举 审议 列入 审查 讨论 涉及 提请 提醒 编入 撤出 决定 铭记 表示 感谢 注意 回顾 重申 授权 核可 赞赏 会议 办法 人员 方式 任命 核准 确保 物色 获得 应与 应同 应当 必须 履行 出席 规定 修改 开展 加快 其他 虽然 但是 然而 因此 尽管 此外 行使 若干 部署 利用 ' +
  '担任 得到 所有 需要 分配 方便 主办 以便 区内 境内 输送 以来 存入 修订 建立 规范 调动 处理 振兴 肯定 遵守 没有 须经 兼任 期间 伙伴 恫吓'
).split(' ');

// One of ZH_STOP_WORDS at the end of the string tested (`…支持` yes; `支持…` no).
export const ZH_STOP_WORD = new RegExp(`(?:${ZH_STOP_WORDS.join('|')})$`, 'u');

// Prefixes that make a generic phrase, not a name: `区域组织`, `国际组织`, `各制裁委员会`, `专题工作组`.
export const ZH_GENERIC_PREFIX =
  /^(?:(?:国际|区域|次区域|国家|相关|有关|其他|其它|多边|双边|专题|制裁|非政府|政府间|执法|惩戒|私营|合作|伙伴|一个|一名|一些|主要|这些|此类|该|各|每个|所有|新|现有|武装|外地|综合|防止|双方|省级|州级|县级|附属|非法|军事|地方|当地|主题|非正式|扩大|卸任)[和与及、]?)+$/u;

// Openings that mark a name even with a weak head: 国际… 世界… 联合国… 全球… and regional names.
export const ZH_INSTITUTIONAL_OPENING =
  /^(?:国际|世界|联合国|全球|欧洲|欧亚|非洲|美洲|亚洲|亚太|阿拉伯|伊斯兰|东南亚|南亚|西非|东非|中非|北非|南部非洲|加勒比|拉丁美洲|太平洋|独立国家|英联邦|石油输出国)/u;

/** Longest leftward extension of a Chinese name, in characters before its head. */
export const ZH_MAX_PREFIX = 24;

/** Head words of English body names: a capitalised sequence holding one is a body (`… Task Force`, `… Office`). */
export const EN_HEADS = new Set([
  'Organization',
  'Organisation',
  'Office',
  'Committee',
  'Subcommittee',
  'Sub-Commission',
  'Council',
  'Force',
  'Forces',
  'Mission',
  'Commission',
  'Agency',
  'Fund',
  'Programme',
  'Program',
  'Union',
  'Association',
  'Court',
  'Tribunal',
  // (`International Residual Mechanism for Criminal Tribunals`, `Expert Mechanism on the Rights of Indigenous
  // Peoples`, `Joint Border Verification and Monitoring Mechanism`: the other five languages have the head too.)
  'Mechanism',
  'Bank',
  'Directorate',
  'Team',
  'Group',
  'Centre',
  'Center',
  'Institute',
  'Assembly',
  'Secretariat',
  'Forum',
  'Network',
  'Authority',
  'Community',
  'League',
  'Board',
  'Panel',
  'Department',
  'Unit',
  'Service',
  'Services',
  'Bureau',
  'Nations',
  'Operation',
  'Army',
  'Front',
  'Movement',
  'Alliance',
  'Entity',
  'Coalition',
  'Complex',
  // Divisions of the Secretariat and of courts, the chambers of the tribunals (`Statistics Division of the Department
  // of Economic and Social Affairs`, `Appeals Chamber of the International Tribunal …`).
  'Division',
  'Chamber',
  'Sub-Committee',
]);

// Any head word of EN_HEADS, even inside a longer word (`Offices`, `Councillor`): a line without one holds no body.
export const EN_ANY_HEAD = new RegExp(`(?:${[...EN_HEADS].join('|')})`);

/**
 * A capitalised sequence (global): capitalised words (`Counter-Terrorism`, `Children's`, `UN`) joined by single
 * spaces (never a block-ending line break) and a language's lower-case connectors (`connectors`, each maybe followed
 * by one of `articles`), at most `maxJoins` times. Bounded; no nested unbounded groups. Not after a letter or digit:
 * the look-behind follows the first capital, so that the engine scans for capitals.
 */
function capitalisedSequence(connectors: string, articles: string, maxJoins: number): RegExp {
  const word = `[\\p{L}\\p{N}'’]{0,30}(?:-\\p{L}[\\p{L}'’]{0,20}){0,3}`;
  return new RegExp(
    `\\p{Lu}(?<![\\p{L}\\p{N}]\\p{Lu})${word}(?: (?:(?:${connectors})(?: ${articles})? )?\\p{Lu}${word}){0,${maxJoins}}(?![\\p{L}\\p{N}/])`,
    'gu',
  );
}

// English: `of`, `for the`, `on`, `and`, `in`, `against`, `to`.
export const EN_CAPITALISED_SEQUENCE = capitalisedSequence('of|for|on|and|in|against|to', 'the', 22);

// The verbs that open the paragraphs of UN resolutions and decisions, operative (`Recommends to the General
// Assembly that …`, `Decides`) and preambular (`Recalling General Assembly resolution …`, `Reaffirming`), in both
// spellings: capitalised at the start of a paragraph, they are no part of the body that follows them.
const CLAUSE_VERBS = [
  ...['Accepts', 'Acknowledges', 'Adopts', 'Affirms', 'Agrees', 'Appoints', 'Approves', 'Authorizes'],
  ...['Authorises', 'Calls', 'Commends', 'Condemns', 'Confirms', 'Considers', 'Decides', 'Declares', 'Deplores'],
  ...['Demands', 'Designates', 'Directs', 'Emphasizes', 'Emphasises', 'Encourages', 'Endorses', 'Expresses'],
  ...['Extends', 'Invites', 'Notes', 'Proclaims', 'Reaffirms', 'Recalls', 'Recognizes', 'Recognises'],
  ...['Recommends', 'Regrets', 'Reiterates', 'Reminds', 'Renews', 'Requests', 'Resolves', 'Stresses', 'Supports'],
  ...['Transmits', 'Trusts', 'Underlines', 'Underscores', 'Urges', 'Welcomes', 'Acknowledging', 'Acting'],
  ...['Affirming', 'Alarmed', 'Appreciating', 'Bearing', 'Believing', 'Commending', 'Concerned', 'Condemning'],
  ...['Considering', 'Convinced', 'Declaring', 'Deploring', 'Desiring', 'Determined', 'Determining', 'Emphasizing'],
  ...['Emphasising', 'Encouraging', 'Expressing', 'Having', 'Mindful', 'Noting', 'Observing', 'Reaffirming'],
  ...['Recalling', 'Recognizing', 'Recognising', 'Regretting', 'Reiterating', 'Stressing', 'Underlining'],
  ...['Underscoring', 'Welcoming', 'Taking'],
  // (Found at the start of the bundled resolutions' paragraphs three times or more; not `Appeals`, which opens the
  // `Appeals Chamber`, nor `Working`.)
  ...['Takes', 'Determines', 'Instructs', 'Insists', 'Undertakes', 'Censures', 'Finds', 'Requires', 'Establishes'],
  ...['Entrusts', 'Pays', 'Desires', 'Looks', 'Conscious', 'Desirous', 'Responding', 'Paying', 'Being', 'Renewing'],
  ...['Referring', 'Calling', 'Endorsing', 'Reminding', 'Confirming', 'Drawing', 'Whereas'],
];

// Words that open a capitalised sequence naming a person's office or a document, not a body: `President of the
// Security Council`, `Charter of the United Nations`; the body after their connector is kept. Also a paragraph's
// verb (CLAUSE_VERBS), `See` and `Official Records` (`See Official Records of the Security Council`, a series), and
// what is left of `Director General of the …` and `Chief of Staff of the …` once their first word is cut.
// (Regular expression source: `General(?= of )` is `General` before ` of `, `[IVXLC]+(?= of )` the number of
// `Chapter XII of the Charter`.)
const OFFICE_AND_DOCUMENT_OPENINGS = [
  ...[
    'The',
    'Personal Representative',
    'Coordinator',
    'Chief(?= of )',
    'Chief Executive Officer',
    'Officer',
    'Adviser',
    'Envoy',
    'Rapporteur',
  ],
  ...['Commissioner', 'President', 'Chair', 'Chairman', 'Chairperson', 'Vice-Chair', 'Head', 'Director', 'Secretary'],
  ...['Secretary-General', 'Representative', 'Special Representative', 'Special Envoy', 'Special Rapporteur'],
  ...['Member', 'Members', 'Minister', 'Ambassador', 'Permanent Representative', 'Permanent Mission', 'Deputy'],
  ...['Charter', 'Convention', 'Protocol', 'Treaty', 'Agreement', 'Declaration', 'Resolution', 'Resolutions'],
  ...['Article', 'Chapter', 'Statute', 'Report', 'Plan', 'Strategy', 'Rules', 'Government', 'Governments'],
  ...['Republic', 'State', 'States', 'Kingdom', 'See', 'Official Records', 'Records', 'General(?= of )'],
  ...['Staff(?= of )', 'Decisions', 'Official Record', 'Record', 'Establishment', 'Commander-in-Chief', 'Commander'],
  ...['Under-Secretary-General', 'Assistant Secretary-General', '[IVXLC]+(?= of )', 'Speaker', 'Proposal'],
  ...['Registrar', 'Prosecutor', 'Covenant', 'Executive Chairman', 'Co-Chairmen', 'Co-Chairman', 'Co-leader'],
  ...['Vice-President', 'Administrative Secretary', 'Judges', 'Judge', 'Force Commander', 'Foreign Ministers'],
  ...['Chapters', 'Purposes', 'Documents', 'Final Communiqué', 'Communiqué', 'A', 'Some', 'Summary', 'Symbols'],
  ...['Executive Director', 'Financial Regulations', 'As', 'In', 'Future', 'Guidelines', 'Founder', 'Heads'],
  ...['High Representative', 'Managing Director', 'One', 'Opening', 'Session', 'Decision', 'Rome Statute'],
  ...['An', 'Another', 'Any', 'Each', 'Every', 'Such', 'This', 'These'],
];
export const EN_NOT_BODY_OPENING = new RegExp(
  `^(?:${[...CLAUSE_VERBS, ...OFFICE_AND_DOCUMENT_OPENINGS].join('|')})\\b`,
  'u',
);

// A paragraph's verb or a title after a body ends no body's name: `… Security Council Resolves`, `Organization of
// American States Secretaries-General`.
export const EN_NOT_BODY_ENDING = new RegExp(
  ` (?:${[...CLAUSE_VERBS, 'Secretary-General', 'Secretaries-General'].join('|')})$`,
  'u',
);

/**
 * The title of a body's officer right after its name, and what the office is for (`UN-Women Executive Director`,
 * `UNPROFOR Force Commander`, `European Union High Representative for Foreign Affairs and Security Policy`): a
 * person, not part of the name. Not after a connector (`Office of the Special Representative …`).
 */
export const EN_TITLE_AFTER_NAME =
  /(?<! (?:of|for|on|to|the)) (?:Executive Director|Force Commander|High Representative|Special Representative|Managing Director)(?: (?:for|on|of) .+)?$/u;

/**
 * Head words of Spanish body names. UN Spanish writes a body's name with every word but its connectors
 * capitalised (`Comisión de Población y Desarrollo`, `Junta de Auditores`, `Consejo Económico y Social`), as English
 * does, so a capitalised sequence that holds one is read as English's is (French and Russian capitalise only the
 * first word: their names are read by the grammars of french.ts and russian.ts).
 */
export const ES_HEADS = new Set([
  'Organización',
  'Oficina',
  'Consejo',
  'Comité',
  'Subcomité',
  'Subcomisión',
  'Programa',
  'Fondo',
  'Misión',
  'Fuerza',
  'Fuerzas',
  'Organismo',
  'Unión',
  'Comisión',
  'Asociación',
  'Comunidad',
  'Corte',
  'Tribunal',
  'Banco',
  'Grupo',
  'Centro',
  'Instituto',
  'Asamblea',
  'Comisionado',
  'Comisionada',
  'Entidad',
  'Operación',
  'Secretaría',
  'Ejército',
  'Frente',
  'Junta',
  'Departamento',
  'Dependencia',
  'Mecanismo',
  'Equipo',
  'Foro',
  'Agencia',
  'Autoridad',
  'Movimiento',
  'Alianza',
  'Servicio',
  'Liga',
  'División',
  'Sección',
  // (`Mesa de la Comisión`, the Bureau of the Commission.)
  'Mesa',
  'Fundación',
  'Federación',
  'Coalición',
]);

// Any head word of ES_HEADS, even inside a longer word: a stretch without one holds no Spanish body.
export const ES_ANY_HEAD = new RegExp(`(?:${[...ES_HEADS].join('|')})`);

// A Spanish capitalised sequence, with the connectors of Spanish names (`de`, `del`, `de las`, `para el`, `contra
// la`, `sobre`, `en`, `y`, `e`, `a`, `al`, `con`, `por`, `entre`), and `y` or `e` with a second `de` or `del`
// (`Asuntos Administrativos y de Presupuesto`, `Cruz Roja y de la Media Luna Roja`).
export const ES_CAPITALISED_SEQUENCE = capitalisedSequence(
  '(?:y|e) del?|de|del|para|contra|sobre|en|y|e|a|al|con|por|entre',
  '(?:la|las|los|el)',
  24,
);

// Words naming a document, an event, a place or a post rather than a body; after a Spanish sequence's last head
// word they mean it is not a body (`Programa de Acción de Estambul`, `Fondo … Año Internacional`).
export const ES_NOT_BODY_WORD =
  /^(?:Acción|Declaración|Convención|Conferencia|Carta|Agenda|Plan|Estrategia|Estrategias|Informe|Informes|Tratado|Protocolo|Decenio|Año|Día|Semana|Período|Sesiones|Resolución|Resoluciones|Principios|Directrices|Normas|Marco|Iniciativa|Acuerdo|Acuerdos|Zona|Zonas|Cumbre|Reglamento|Estatuto|Objetivos|Metas|Premio|Ley|Sede|Edificio)$/u;

// States whose Spanish names hold a head word: countries, not bodies.
export const ES_STATES = new Set([
  'Federación de Rusia',
  'Unión de las Comoras',
  'Unión Soviética',
  'Unión de Myanmar',
  // (and the United Nations staff categories, as in English: `Servicio Móvil`, the Field Service)
  'Servicio Móvil',
  'Servicios Generales',
]);

/** Head-word stems of French, Spanish and Russian body names (any inflection), for long forms of pairs. */
export const HEAD_STEMS: Record<'fr' | 'es' | 'ru' | 'ar', RegExp> = {
  // Organisation, Office, Conseil, Comité, Programme, Fonds, Mission, Force, Agence, Union, Commission, Bureau…
  fr: /^(?:Organisation|Office|Conseil|Comité|Programme|Fonds|Mission|Forces?|Agence|Union|Commission|Bureau|Haut-Commissariat|Association|Communauté|Cour|Tribunal|Banque|Groupe|Centre|Institut|Assemblée|Entité|Opération|Secrétariat|Armée|Front)$/iu,
  // Organización, Oficina, Consejo, Comité, Programa, Fondo, Misión, Fuerza, Organismo, Unión, Comisión…
  es: /^(?:Organización|Oficina|Consejo|Comité|Programa|Fondo|Misión|Fuerzas?|Organismo|Unión|Comisión|Asociación|Comunidad|Corte|Tribunal|Banco|Grupo|Centro|Instituto|Asamblea|Alto|Entidad|Operación|Secretaría|Ejército|Frente)$/iu,
  // Stems: Организаци-, Управлени-, Совет-, Комитет-, Программ-, Фонд-, Мисси-, Сил-, Агентств-, Союз-…
  ru: /^(?:Организаци|Управлени|Совет|Комитет|Программ|Фонд|Мисси|Сил|Агентств|Союз|Комисси|Ассоциаци|Сообществ|Суд|Трибунал|Банк|Групп|Центр|Институт|Ассамбле|Отделени|Бюро|Структур|Операци|Секретариат|Арми|Фронт)\p{L}{0,4}$/iu,
  // منظمة (organisation), مكتب (office), مجلس (council), لجنة (committee), قوة (force), بعثة (mission)…
  ar: /^(?:منظمة|مكتب|مجلس|لجنة|قوة|بعثة|برنامج|صندوق|وكالة|اتحاد|مفوضية|رابطة|محكمة|مصرف|فريق|مركز|معهد|الجمعية)$/u,
};

// States whose names hold a head word (`Union`): countries, not bodies; and staff categories.
export const EN_STATES = new Set([
  'Union of Soviet Socialist Republics',
  'Soviet Union',
  'Union of South Africa',
  'Union of Burma',
  'Union of Myanmar',
  'Union of the Comoros',
  // (and the United Nations staff categories, which hold the head word `Service`: `a post from the Field Service to
  // the national General Service level`)
  'General Service',
  'Field Service',
  // (and the room the Council meets in)
  'Security Council Chamber',
  // (and the States at large: `calls on the International Community to provide the funds`)
  'International Community',
]);

// Words naming a document, an event or a place rather than a body; after a sequence's last head word they mean the
// sequence is not a body (`United Nations Declaration on …`, `Secretariat Building`, `… Conference on …`, `United
// Nations Protected Areas`, `Status of Forces Agreement`).
export const EN_NOT_BODY_WORD =
  /^(?:Declaration|Convention|Charter|Conference|Agenda|Action|Plan|Strategy|Strategies|Measures|Report|Treaty|Protocol|Decade|Year|Day|Week|Building|Headquarters|Summit|Session|Resolution|Principles|Guidelines|Rules|Standards|Framework|Initiative|Award|Awards|Ceremony|Prize|Act|Agreement|Agreements|Accord|Accords|Area|Areas|Zone|Zones)$/u;

/**
 * A word with a footnote number glued to its end (`budgétaires3`, `вопросам22`): its letters, then one to three
 * digits. The number is no part of the word, and a name's phrase ends there.
 */
export const GLUED_FOOTNOTE = /^(\p{L}[\p{L}-]*\p{L})\d{1,3}$/u;
