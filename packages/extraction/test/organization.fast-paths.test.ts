/**
 * The organisation finder's fast paths against what they stand in for: table look-ups against the patterns they
 * were built from, the gazetteer trie and the per-`该` reading of generic heads against the plain scans they
 * replaced (kept here as reference code), on the whole bundled Chinese corpus and on generated strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '@untk/segmentation';
import { corpusText, seedText } from '../../../test/support/corpus.js';
import { gazetteerFor, type Gazetteer } from '../src/index.js';
import { containedInOrder, hasWhitespace, orderedContainment } from '../src/acronym/containment.js';
import {
  ANAPHOR_HEADS,
  GENERIC_REACH,
  genericHeads,
  headAt,
  headsOf,
  matchGazetteer,
  SUFFIXES,
  unitBits,
} from '../src/organization/find-zh.js';
import { compact, occurrencesOfEach, SpanIndex, type OrgMention } from '../src/organization/mention.js';
import { HAN, ZH_CONJ, ZH_GENERIC_HEADS, ZH_STOP_CHAR, ZH_STOP_WORD } from '../src/organization/patterns.js';
import {
  endsWithDigitDate,
  endsWithStopWord,
  isConjAt,
  isHanAt,
  isStopCharAt,
  MAX_STOP_WORD_LENGTH,
} from '../src/organization/zh-chars.js';

const zhTexts = () =>
  [seedText(), corpusText('unpc-devset/UNv1.0.devset.zh')].map((t) => compact(normalize(t).text).text);
const gaz = gazetteerFor('zh') as Gazetteer;

/** The gazetteer look-up before the trie: every key length of the position's first character, longest first. */
function matchGazetteerBySlices(text: string): Array<[number, number, string]> {
  const byFirst = new Map<string, number[]>();
  for (const key of gaz.byKey.keys()) {
    const lengths = byFirst.get(key[0] ?? '') ?? [];
    if (!lengths.includes(key.length)) lengths.push(key.length);
    byFirst.set(key[0] ?? '', lengths);
  }
  for (const l of byFirst.values()) l.sort((a, b) => b - a);
  const startsWord = (i: number, len: number, form: string) => {
    if (/^[A-Za-z]/.test(form))
      return !/[A-Za-z0-9]/.test(text[i - 1] ?? '') && !/[A-Za-z0-9]/.test(text[i + len] ?? '');
    if (form.endsWith('部') && '门分长队落位件委'.includes(text[i + len] ?? '-')) return false;
    if (form === '大会' && text.slice(0, i).endsWith('审议')) return false;
    if (len > 2) return true;
    const prev = text[i - 1] ?? '';
    return !HAN.test(prev) || ZH_STOP_CHAR.test(prev) || ZH_CONJ.test(prev) || ZH_STOP_WORD.test(text.slice(0, i));
  };
  const out: Array<[number, number, string]> = [];
  for (let i = 0; i < text.length;) {
    let matched = 0;
    for (const len of byFirst.get(text[i] ?? '') ?? []) {
      // (A key runs to its full length: at the end of the text a slice would be cut short.)
      if (i + len > text.length) continue;
      const row = gaz.byKey.get(text.slice(i, i + len));
      if (!row || !startsWord(i, len, row.form)) continue;
      out.push([i, i + len, row.canonical]);
      matched = len;
      break;
    }
    i += matched || 1;
  }
  return out;
}

/** Generic heads before the fast path: every head searched through the whole text, in order. */
function genericHeadsByScan(text: string, named: readonly OrgMention[]): OrgMention[] {
  const out: OrgMention[] = [];
  const covered = new Uint8Array(text.length + 1);
  for (const n of named) covered.fill(1, n.start, n.end);
  for (const head of [...ZH_GENERIC_HEADS, ...SUFFIXES.filter((s) => s.length >= 2)]) {
    const generic = (ZH_GENERIC_HEADS as readonly string[]).includes(head);
    for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + head.length)) {
      if (covered.subarray(i, i + head.length).some((v) => v === 1)) continue;
      const prev = text[i - 1] ?? '';
      const anaphor = prev === '该';
      const before = text.slice(Math.max(0, i - 6), i);
      const bare =
        !HAN.test(prev) ||
        ZH_STOP_CHAR.test(prev) ||
        ZH_CONJ.test(prev) ||
        ZH_STOP_WORD.test(before) ||
        /\d[年月日]$/u.test(before);
      if (!(anaphor || (generic && bare))) continue;
      const pool = named.filter((n) => n.name.endsWith(head) && n.name !== head);
      // (The same change as src: the first body with the head, once named, and named again within GENERIC_REACH.)
      const first = pool[0];
      const lastNamed = first && named.filter((n) => n.name === first.name && n.end <= i).at(-1);
      const target = anaphor
        ? pool.filter((n) => n.end <= i).at(-1)
        : first && first.end <= i && lastNamed && i - lastNamed.end <= GENERIC_REACH
          ? first
          : undefined;
      if (!target) continue;
      out.push({ start: i, end: i + head.length, name: target.name, source: 'generic' });
      covered.fill(1, i, i + head.length);
    }
  }
  return out;
}

const bySpan = (a: OrgMention, b: OrgMention) => a.start - b.start || b.end - a.end;

describe('Chinese character tables (zh-chars.ts)', () => {
  it('answer what HAN, ZH_STOP_CHAR and ZH_CONJ answer for every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isHanAt(ch, 0) !== HAN.test(ch) || isStopCharAt(ch, 0) !== ZH_STOP_CHAR.test(ch)) wrong.push(c);
      if (isConjAt(ch, 0) !== ZH_CONJ.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('endsWithStopWord and endsWithDigitDate answer what the patterns answer at every position of the corpus', () => {
    expect(MAX_STOP_WORD_LENGTH).toBeLessThanOrEqual(4);
    let stops = 0;
    for (const text of zhTexts()) {
      for (let i = 0; i <= text.length; i++) {
        const before = text.slice(Math.max(0, i - 6), i);
        const stop = ZH_STOP_WORD.test(before);
        if (endsWithStopWord(text, i) !== stop) throw new Error(`stop word at ${i}: ${before}`);
        if (endsWithDigitDate(text, i) !== /\d[年月日]$/u.test(before)) throw new Error(`date at ${i}: ${before}`);
        if (stop) stops++;
      }
    }
    expect(stops).toBeGreaterThan(1000);
  });

  it('endsWithStopWord answers what the pattern answers on generated strings', () => {
    const piece = fc.constantFrom('支持', '注意到', '会员国', '会', '员', '国', '持', '到', 'a', ' ', '1', '年');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const s = parts.join('');
        for (let i = 0; i <= s.length; i++) expect(endsWithStopWord(s, i)).toBe(ZH_STOP_WORD.test(s.slice(0, i)));
      }),
    );
  });
});

describe('Chinese gazetteer trie and generic heads (find-zh.ts)', () => {
  it('the trie finds what the look-up by slices found, on the seed and the zh dev set', () => {
    for (const text of zhTexts()) {
      const got = matchGazetteer(text, gaz).map((c): [number, number, string] => [c.start, c.end, c.name]);
      expect(got).toEqual(matchGazetteerBySlices(text));
      expect(got.length).toBeGreaterThan(50);
    }
  });

  it('the trie finds what the look-up by slices found on generated strings of forms and their pieces', () => {
    const forms = [...gaz.byKey.keys()];
    const piece = fc.oneof(
      fc.constantFrom(...forms),
      fc.constantFrom(...forms).map((f) => f.slice(0, -1)),
      fc.constantFrom(...forms).map((f) => f.slice(1)),
      fc.constantFrom('的', '和', '该', 'a', 'A', '1', '(', '\n'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        const got = matchGazetteer(text, gaz).map((c): [number, number, string] => [c.start, c.end, c.name]);
        expect(got).toEqual(matchGazetteerBySlices(text));
      }),
      { numRuns: 300 },
    );
  });

  it('the trie agrees near the end of the text, and matches no key past it', () => {
    const forms = [...gaz.byKey.keys()].filter((k) => !/[A-Za-z]/.test(k));
    for (const form of forms) {
      for (const text of [form, `的${form}`, `${form}${form}`, `该${form.slice(0, -1)}`]) {
        const got = matchGazetteer(text, gaz).map((c): [number, number, string] => [c.start, c.end, c.name]);
        expect(got, text).toEqual(matchGazetteerBySlices(text));
        for (const [, end] of got) expect(end, text).toBeLessThanOrEqual(text.length);
      }
    }
    // A text that ends with a key that starts a longer one (`新闻部` and `新议程联盟`): the key, whole.
    expect(matchGazetteer('新闻部', gaz).map((c) => [c.start, c.end, c.name])).toEqual([[0, 3, '新闻部']]);
  });

  it('no head read after 该 contains 该 or overlaps itself, as the per-该 reading assumes', () => {
    for (const head of ANAPHOR_HEADS) {
      expect(head.includes('该')).toBe(false);
      for (let k = 1; k < head.length; k++) expect(head.slice(k) === head.slice(0, head.length - k), head).toBe(false);
    }
    expect(ANAPHOR_HEADS.length).toBeGreaterThan(10);
  });

  it('generic heads read at 该 are those the scan of every head found, on the seed and the zh dev set', () => {
    let found = 0;
    for (const text of zhTexts()) {
      // Named bodies: the gazetteer's finds, the first of each name cut to its head where it ends with one.
      const named: OrgMention[] = matchGazetteer(text, gaz).map((c) => ({
        start: c.start,
        end: c.end,
        name: c.name,
        source: c.source,
      }));
      const got = genericHeads(text, named).sort(bySpan);
      expect(got).toEqual(genericHeadsByScan(text, named).sort(bySpan));
      found += got.length;
    }
    expect(found).toBeGreaterThan(10);
  });

  it('generic heads agree on generated strings around 该 and the heads', () => {
    const piece = fc.constantFrom(
      '该',
      '委员会',
      '执行局',
      '办事处',
      '特派团',
      '的',
      '和',
      '2017年',
      '安全理事会',
      '联合国',
      '处',
    );
    const named: OrgMention[] = [
      { start: 0, end: 0, name: '反恐怖主义委员会执行局', source: 'gazetteer' },
      { start: 0, end: 0, name: '联合国毒品和犯罪问题办事处', source: 'gazetteer' },
      { start: 0, end: 0, name: '联合国阿卜耶伊临时安全特派团', source: 'gazetteer' },
    ];
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(genericHeads(text, named).sort(bySpan)).toEqual(genericHeadsByScan(text, named).sort(bySpan));
      }),
    );
  });
});

describe('the head scan and the whitespace test', () => {
  /** Heads found by scanning with headAt from the end of each one. */
  const byHeadAt = (text: string) => {
    const out: Array<[number, string]> = [];
    for (let i = 0; i < text.length;) {
      const head = headAt(text, i);
      if (head) out.push([i, head]);
      i += head?.length ?? 1;
    }
    return out;
  };
  const byAlternation = (text: string) =>
    [...text.matchAll(new RegExp(SUFFIXES.join('|'), 'gu'))].map((m): [number, string] => [m.index, m[0]]);

  const byHeadsOf = (text: string) => headsOf(text).map(({ at, head }): [number, string] => [at, head]);

  it('headAt and headsOf find what the alternation of every head found, on the seed and the zh dev set', () => {
    for (const text of zhTexts()) {
      const expected = byAlternation(text);
      expect(byHeadAt(text)).toEqual(expected);
      expect(byHeadsOf(text)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(100);
    }
  });

  it('headAt and headsOf find what the alternation found on generated strings of heads and their pieces', () => {
    const piece = fc.constantFrom(...SUFFIXES, ...SUFFIXES.map((s) => s.slice(1)), '维持和平', '的', 'a', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const text = parts.join('');
        expect(byHeadAt(text)).toEqual(byAlternation(text));
        expect(byHeadsOf(text)).toEqual(byAlternation(text));
      }),
    );
  });

  it('orderedContainment answers what it answered with both sides stripped each time, on generated strings', () => {
    /** The containment test before the sides' whitespace was removed apart. */
    const before = (short: string, long: string, sameFirst: boolean) => {
      const s = short.replace(/\s+/g, '');
      const l = long.replace(/\s+/g, '');
      if (s.length === 0 || s.length >= l.length || (sameFirst && s[0] !== l[0])) return false;
      let j = 0;
      for (const c of s) {
        j = l.indexOf(c, j);
        if (j < 0) return false;
        j += c.length;
      }
      return true;
    };
    const text = fc
      .array(fc.constantFrom('安', '全', '理', '事', '会', ' ', '\u3000', '\n', 'a', '\u{20000}'), { maxLength: 9 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, fc.boolean(), (short, long, sameFirst) => {
        expect(orderedContainment(short, long, sameFirst)).toBe(before(short, long, sameFirst));
      }),
    );
  });

  it('unitBits never rules out a name that contains the short form in order (the bits skip only misses)', () => {
    const text = fc
      .array(fc.constantFrom('安', '全', '理', '事', '会', '执', '行', '局', 'a', 'A', '!', '\u{20000}'), {
        maxLength: 9,
      })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, fc.boolean(), (short, long, sameFirst) => {
        if (containedInOrder(short, long, sameFirst)) expect(unitBits(short) & ~unitBits(long)).toBe(0);
      }),
      { numRuns: 2000 },
    );
    // And on the corpus: every grammar-style pair of gazetteer names that contain each other in order.
    const names = [...gaz.canonicals];
    let contained = 0;
    for (const s of names) {
      for (const l of names) {
        if (!containedInOrder(s, l, false)) continue;
        expect(unitBits(s) & ~unitBits(l)).toBe(0);
        contained++;
      }
    }
    expect(contained).toBeGreaterThan(5);
  });

  it('hasWhitespace answers what /\\s/ answers for every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (hasWhitespace(`中${ch}a`) !== /\s/.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});

describe('occurrencesOfEach', () => {
  it('finds, for each form, what an indexOf search from the end of each find finds, in the zh corpus', () => {
    for (const text of zhTexts()) {
      // Pieces of the text itself (many repeat), of two to six characters, and gazetteer forms.
      const pieces = Array.from({ length: 300 }, (_, k) => text.slice(k * 211, k * 211 + 2 + (k % 5)));
      const forms = [...new Set([...pieces, ...[...gaz.byKey.keys()].slice(0, 100), '委员会委员会'])].filter(
        (f) => f.length >= 2,
      );
      const each = occurrencesOfEach(text, forms);
      let found = 0;
      for (const form of forms) {
        const expected: Array<[number, number]> = [];
        for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
          expected.push([i, i + form.length]);
        }
        expect(each.get(form), form).toEqual(expected);
        found += expected.length;
      }
      expect(found).toBeGreaterThan(200);
    }
  });
});

describe('occurrencesOfEach on generated strings', () => {
  it('finds, for each form, what an indexOf search from the end of each find finds', () => {
    const forms = ['安理会', '安理', '会安', '反恐执行局', 'UN', 'NU', 'UNODC'];
    const piece = fc.constantFrom(...forms, '安', '理', '会', 'U', 'N', ' ', '的');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const each = occurrencesOfEach(text, forms);
        for (const form of forms) {
          const expected: Array<[number, number]> = [];
          for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
            expected.push([i, i + form.length]);
          }
          expect(each.get(form), form).toEqual(expected);
        }
      }),
    );
  });
});

describe('SpanIndex.near', () => {
  it('holds every item that overlaps a span, each once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(2000), fc.nat(600)), { maxLength: 40 }),
        fc.nat(2000),
        fc.nat(700),
        (spans, start, length) => {
          const items = spans.map(([s, n]) => ({ start: s, end: s + n }));
          const near = new SpanIndex(items).near(start, start + length);
          expect(new Set(near).size).toBe(near.length);
          for (const x of items) {
            if (x.start < start + length && start < x.end) expect(near).toContain(x);
          }
        },
      ),
    );
  });
});
