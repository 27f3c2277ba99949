import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, htmlToText, readBytes } from '../src/readers/index.js';

describe('readers, property-based', () => {
  it('decodeText never throws: any bytes give text or one named problem', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const r = decodeText(bytes);
        if ('problem' in r) expect(['empty', 'binary', 'encoding']).toContain(r.problem.code);
        else expect(r.text.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('UTF-8 text of any Unicode comes back exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), (s) => {
        // eslint-disable-next-line no-control-regex -- text with controls is rejected on purpose
        fc.pre(s.trim().length > 0 && !/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd\ufeff]/.test(s));
        expect(decodeText(Buffer.from(s, 'utf8'))).toEqual({ text: s, format: 'text/utf-8' });
      }),
      { numRuns: 300 },
    );
  });

  it('readBytes never throws on bytes under any document name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom('a.txt', 'a.pdf', 'a.docx', 'a.doc', 'a.html'),
        async (bytes, name) => {
          const r = await readBytes(name, bytes);
          expect('text' in r || 'problem' in r).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('htmlToText never throws and keeps no tags of well-formed markup', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (s) => {
        htmlToText(s);
        expect(htmlToText(`<p>${s.replace(/[<>&]/g, '')}</p>`)).not.toMatch(/<\/?p>/);
      }),
      { numRuns: 300 },
    );
  });
});
