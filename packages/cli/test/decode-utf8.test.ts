import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../src/readers/text.js';
import { corpusPath } from '../../../test/support/corpus.js';

/** The decoding decodeUtf8 replaces: undefined where a fatal TextDecoder throws. */
function reference(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

describe('decodeUtf8 equals a fatal TextDecoder (for bytes without a byte-order mark)', () => {
  it('on every file of the bundled corpus', () => {
    const files = [
      'seed/000_64ff64efe628bbb7.txt',
      ...['ar', 'en', 'es', 'fr', 'ru', 'zh'].map((l) => `unpc-devset/UNv1.0.devset.${l}`),
      ...readdirSync(corpusPath('cr-unsc-resolutions-en'))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => `cr-unsc-resolutions-en/${f}`),
    ];
    for (const f of files) {
      const bytes = readFileSync(corpusPath(f));
      const text = decodeUtf8(bytes);
      expect(text, f).toBeDefined();
      expect(text === reference(bytes), f).toBe(true);
    }
  });

  it('on the corpus in other encodings (not UTF-8: both refuse)', () => {
    const zh = readFileSync(corpusPath('unpc-devset/UNv1.0.devset.zh'), 'utf8').slice(0, 5000);
    const utf16 = Buffer.from(zh, 'utf16le');
    expect(decodeUtf8(utf16)).toBe(reference(utf16));
  });

  it('on generated text, valid or with bytes changed, cut or inserted', () => {
    const text = fc.string({ unit: 'binary', maxLength: 200 });
    const bytes = fc.oneof(
      text.map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
      fc.tuple(text, fc.nat(), fc.integer({ min: 0, max: 255 })).map(([s, at, b]) => {
        const u = new Uint8Array(Buffer.from(s, 'utf8'));
        if (u.length > 0) u[at % u.length] = b;
        return u;
      }),
      fc.tuple(text, fc.nat()).map(([s, at]) => {
        const u = new Uint8Array(Buffer.from(s, 'utf8'));
        return u.subarray(0, u.length === 0 ? 0 : at % u.length);
      }),
      fc.uint8Array({ maxLength: 64 }),
      // Latin-1 text (one-byte strings) with a byte changed.
      fc
        .tuple(
          fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)) }),
          fc.nat(),
          fc.nat(255),
        )
        .map(([s, at, b]) => {
          const u = new Uint8Array(Buffer.from(s, 'utf8'));
          if (u.length > 0 && at % 2 === 0) u[at % u.length] = b;
          return u;
        }),
      // Overlong forms, surrogates and code points past U+10FFFF.
      fc
        .constantFrom(
          [0xc0, 0xaf],
          [0xe0, 0x80, 0xaf],
          [0xed, 0xa0, 0x80],
          [0xed, 0xbf, 0xbf],
          [0xf4, 0x90, 0x80, 0x80],
          [0xf0, 0x9f, 0x98, 0x80],
          [0xef, 0xbb, 0xbf, 0x41],
        )
        .map((a) => new Uint8Array(a)),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        // A leading byte-order mark is decodeText's business before decodeUtf8 is called.
        fc.pre(!(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf));
        expect(decodeUtf8(b)).toBe(reference(b));
      }),
      { numRuns: 3000 },
    );
  });
});
