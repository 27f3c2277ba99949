import { describe, expect, it } from 'vitest';
import { compatibleKinds, headKinds } from '../src/heads.js';

// Names as the dev-set glossary gives them (corpus/unpc-devset).
describe('the kind of body a name says it is', () => {
  it.each([
    ['en', 'United Nations Regional Office for Central Africa', 'zh', '联合国中部非洲区域办事处'],
    ['en', 'Counter-Terrorism Committee Executive Directorate', 'zh', '反恐怖主义委员会执行局'],
    ['en', 'United Nations Development Programme', 'zh', '联合国开发计划署'],
    ['en', 'Intergovernmental Panel on Climate Change', 'zh', '政府间气候变化专门委员会'],
    ['en', 'International Monetary Fund', 'zh', '国际货币基金组织'],
    ['en', "Lord's Resistance Army", 'zh', '上帝抵抗军'],
    ['en', 'Group of Non-Aligned States Parties', 'zh', '不扩散核武器条约不结盟缔约国集团'],
    ['en', 'European Union Rule of Law Mission', 'es', 'Misión de la Unión Europea por el Estado de Derecho en Kosovo'],
    ['en', 'Secretariat of the Pacific Community', 'fr', 'Secrétariat général de la Communauté du Pacifique'],
    [
      'es',
      'Oficina de las Naciones Unidas para África Central',
      'ru',
      'Региональное отделение Организации Объединенных Наций для Центральной Африки',
    ],
    ['fr', "Fonds des Nations Unies pour l'enfance", 'ar', 'منظمة الأمم المتحدة للطفولة'],
    ['ru', 'Экономический и Социальный Совет', 'ar', 'المجلس الاقتصادي والاجتماعي'],
    // (read by the Arabic grammar: the head with the article, or a construct)
    ['en', 'African Union Commission', 'ar', 'مفوضية الاتحاد الأفريقي'],
    [
      'en',
      'Advisory Committee on Administrative and Budgetary Questions',
      'ar',
      'اللجنة الاستشارية لشؤون الإدارة والميزانية',
    ],
    ['en', 'Rome Statute of the International Criminal Court', 'zh', '国际刑事法院'],
  ])('%s %s and %s %s may be one body', (la, a, lb, b) => {
    expect(compatibleKinds(headKinds(la, a), headKinds(lb, b))).toBe(true);
  });

  it.each([
    ['en', 'United Nations Regional Office for Central Africa', 'zh', '小武器和轻武器国家委员会'],
    ['en', 'Supreme Court', 'zh', '司法事务委员会'],
    ['en', 'Secretariat of the Pacific Community', 'es', 'Organización de Cooperación Económica'],
    ['en', 'Policy Department of the National Defence Commission', 'ru', 'Государственный комитет обороны'],
    ['es', 'Asociación de Abogados Defensores', 'ru', 'Международный трибунал по бывшей Югославии'],
    [
      'ar',
      'اللجنة الدولية للصليب الأحمر',
      'en',
      'United Nations Relief and Works Agency for Palestine Refugees in the Near East',
    ],
    ['ar', 'هيئة الأمم المتحدة للمساواة', 'en', 'United Nations Population Fund'],
  ])('%s %s and %s %s are different kinds of body', (la, a, lb, b) => {
    expect(compatibleKinds(headKinds(la, a), headKinds(lb, b))).toBe(false);
  });

  it('reads the longest Russian stems too', () => {
    // `администраци` has twelve letters: the look-up tries stems as long as the table's longest.
    expect(headKinds('ru', 'Администрация района Абьей')).toBe(headKinds('ru', 'Министерство юстиции'));
    expect(headKinds('ru', 'Администрация района Абьей')).not.toBe(0);
  });

  it('reads a Russian head noun in any case, but not an adjective made from it', () => {
    const centre = headKinds('ru', 'Европейский центр по борьбе с киберпреступностью');
    expect(centre).not.toBe(0);
    expect(headKinds('ru', 'Европейского центра по борьбе с киберпреступностью')).toBe(centre);
    // `Центральный` (central) is no centre: the head is `совет`, a council.
    expect(headKinds('ru', 'Центральный руководящий совет')).toBe(headKinds('en', 'Security Council'));
  });

  it('knows no kind for a name without a head word it knows, and refuses nothing for it', () => {
    expect(headKinds('en', 'European Progressive Studies')).toBe(0);
    expect(headKinds('zh', '安理会')).toBe(0);
    expect(compatibleKinds(0, headKinds('en', 'Supreme Court'))).toBe(true);
  });
});
