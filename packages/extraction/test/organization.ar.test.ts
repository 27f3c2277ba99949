import { describe, expect, it } from 'vitest';
import type { OrganizationEntity } from '@untk/core';
import { corpusText } from '../../../test/support/corpus.js';
import { expectOffsets, run } from './helpers.js';

describe('Arabic bodies on the dev set (gazetteer)', () => {
  const text = corpusText('unpc-devset/UNv1.0.devset.ar');
  const orgs = run(text, 'ar').filter((e): e is OrganizationEntity => e.kind === 'organization');
  const count = (name: string) => orgs.filter((o) => o.name === name).length;

  it('names the programmes, funds and agencies whole, with offsets on the original', () => {
    expectOffsets(text, orgs);
    expect(count('برنامج الأمم المتحدة الإنمائي')).toBeGreaterThanOrEqual(8);
    expect(count('الوكالة الدولية للطاقة الذرية')).toBeGreaterThanOrEqual(10);
    expect(count('منظمة الصحة العالمية')).toBeGreaterThanOrEqual(5);
    // Written with a shadda or without it, one name.
    expect(count('مكتب الأمم المتحدة المعني بالمخدرات والجريمة')).toBeGreaterThanOrEqual(5);
    expect(new Set(orgs.map((o) => o.name)).size).toBeGreaterThanOrEqual(30);
  });

  it('reads a name with a proclitic joined to it, and leaves the proclitic out of the mention', () => {
    // `لمجلس الأمن` (to the Security Council), `للأمم المتحدة` (for the United Nations: `ل` and `الأمم المتحدة`, whose
    // alef is not written after it), `ومجلس الأمن`.
    for (const [written, name] of <Array<[string, string]>>[
      ['لمجلس الأمن', 'مجلس الأمن'],
      ['للأمم المتحدة', 'الأمم المتحدة'],
      ['والجمعية العامة', 'الجمعية العامة'],
    ]) {
      const at = text.indexOf(` ${written}`) + 1;
      expect(at).toBeGreaterThan(0);
      const hit = orgs.find((o) => o.start === at + 1);
      expect(hit, written).toMatchObject({ name, text: written.slice(1) });
    }
    expect(count('مجلس الأمن')).toBeGreaterThan(text.split(' مجلس الأمن').length - 1);
  });

  it('does not count the United Nations inside a longer name', () => {
    const undp = orgs.filter((o) => o.name === 'برنامج الأمم المتحدة الإنمائي');
    expect(undp.length).toBeGreaterThan(0);
    for (const u of undp) expect(orgs.filter((o) => o.start < u.end && u.start < o.end)).toEqual([u]);
  });
});
