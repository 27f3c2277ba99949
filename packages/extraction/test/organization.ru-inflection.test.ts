import { describe, expect, it } from 'vitest';
import type { AcronymEntity, OrganizationEntity } from '@untk/core';
import { nominativeRu, sameNameInflected } from '../src/organization/inflection.js';
import { corpusText } from '../../../test/support/corpus.js';
import { run } from './helpers.js';

describe('Russian body names in the nominative', () => {
  it.each([
    // instrumental, genitive, prepositional and accusative heads, with the adjectives before them
    ['Программой развития Организации Объединенных Наций', 'Программа развития Организации Объединенных Наций'],
    ['Международного агентства по атомной энергии', 'Международное агентство по атомной энергии'],
    ['Глобальным экологическим фондом', 'Глобальный экологический фонд'],
    ['Всемирной организации здравоохранения', 'Всемирная организация здравоохранения'],
    ['Вооруженных сил Организации Объединенных Наций', 'Вооруженные силы Организации Объединенных Наций'],
    ['Силах Организации Объединенных Наций по наблюдению', 'Силы Организации Объединенных Наций по наблюдению'],
    ['Миссию Организации Объединенных Наций', 'Миссия Организации Объединенных Наций'],
    ['Многопрофильной комплексной миссией Организации', 'Многопрофильная комплексная миссия Организации'],
    [
      'Экономическим сообществом западноафриканских государств',
      'Экономическое сообщество западноафриканских государств',
    ],
    ['Управлением Верховного комиссара', 'Управление Верховного комиссара'],
    ['Европейского союза', 'Европейский союз'],
    // adjectives stressed on the ending: -ой in the masculine (the Second Committee, a trust fund; dev-set names)
    ['Второго комитета', 'Второй комитет'],
    ['Общего целевого фонда', 'Общий целевой фонд'],
    ['Шестым комитетом', 'Шестой комитет'],
    ['Целевой фонд технического сотрудничества', 'Целевой фонд технического сотрудничества'],
    // already in the nominative, or with no known head among the first words: unchanged
    ['Детский фонд Организации Объединенных Наций', 'Детский фонд Организации Объединенных Наций'],
    ['Европейская экономическая комиссия', 'Европейская экономическая комиссия'],
    ['Конференции Организации Объединенных Наций', 'Конференции Организации Объединенных Наций'],
    ['Верховного комиссара по правам человека', 'Верховного комиссара по правам человека'],
  ])('%s → %s', (written, nominative) => {
    expect(nominativeRu(written)).toBe(nominative);
  });

  it('tells one name in two cases from two names', () => {
    expect(
      sameNameInflected(
        'Программой развития Организации Объединенных Наций',
        'Программа развития Организации Объединенных Наций',
      ),
    ).toBe(true);
    expect(
      sameNameInflected(
        'Программой Организации Объединенных Наций по окружающей среде',
        'Программа развития Организации Объединенных Наций',
      ),
    ).toBe(false);
    expect(sameNameInflected('Фонд', 'Форум')).toBe(false);
  });

  it('on the dev set: one name for a body whatever case the text uses, in bodies and acronym long forms', () => {
    const text = corpusText('unpc-devset/UNv1.0.devset.ru');
    const entities = run(text, 'ru');
    const names = entities.filter((e): e is OrganizationEntity => e.kind === 'organization').map((e) => e.name);
    const longs = entities.filter((e): e is AcronymEntity => e.kind === 'acronym').map((e) => e.long);
    // The text writes UNDP's name in the instrumental, genitive and nominative; all are counted under one name.
    const undp = names.filter((n) => n.startsWith('Программ') && n.includes('развития Организации'));
    expect(new Set(undp)).toEqual(new Set(['Программа развития Организации Объединенных Наций']));
    expect(undp.length).toBeGreaterThanOrEqual(25);
    // No name or long form starts with a head noun or an adjective in an oblique case.
    const oblique =
      /^(?:Программ(?:ой|е|у|ы)|Международного|Всемирной|Европейского|Глобальным|Миссией|Миссию|Силах|Фондом|Управлением|Советом|Совета) /u;
    expect([...names, ...longs].filter((n) => oblique.test(n))).toEqual([]);
  });
});
