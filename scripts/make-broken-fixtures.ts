/**
 * Write the small broken-and-good input corpus under test/fixtures/broken/ that test/broken-inputs.e2e.test.ts
 * runs the CLI over. Files too big to commit (the 100 MB single line) are made by the test itself.
 *
 *   npx tsx scripts/make-broken-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Document as DocxDocument, Packer, Paragraph } from 'docx';
import { makePdf } from '../test/support/pdf.js';

const dir = new URL('../test/fixtures/broken/', import.meta.url);
mkdirSync(dir, { recursive: true });
const put = (name: string, bytes: Buffer | string) => writeFileSync(new URL(name, dir), bytes);

const EN =
  'The Security Council, recalling its resolution 1373 (2001) and the report of the Committee (S/2017/97),\n' +
  'decides to remain seized of the matter.\n';
const ZH = '安全理事会第 2322(2016)号决议第 22 段要求各国加强国际合作。\n反恐委员会报告(S/2015/683)。\n';
const ZH_HANT = '安全理事會重申第1373(2001)號決議，強調各國必須防止和制止資助恐怖主義行為，並加強國際合作。\n';

/** Bytes of `s` in a double-byte encoding that Node decodes but cannot encode: invert the decoder. */
function encode(label: string, s: string): Buffer {
  const dec = new TextDecoder(label, { fatal: true });
  const table = new Map<string, Buffer>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const b = Buffer.from([lead, trail]);
      try {
        const ch = dec.decode(b);
        if (!table.has(ch)) table.set(ch, b);
      } catch {
        // not a character of this encoding
      }
    }
  }
  return Buffer.concat([...s].map((ch) => (ch.charCodeAt(0) < 0x80 ? Buffer.from(ch) : table.get(ch)!)));
}

put('good-en.txt', EN);
put('good-zh-utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ZH, 'utf16le')]));
put('legacy/good-zh-gb18030.txt', encode('gb18030', ZH.repeat(3)));
put('legacy/good-zh-hant-big5.txt', encode('big5', ZH_HANT.repeat(2)));
put(
  'good-page.html',
  `<!DOCTYPE html><html><head><title>UN</title><script>var s = "S/2099/1";</script></head><body>` +
    `<nav>Home | Documents</nav><p>${EN.replace(/\n/g, ' ')}</p></body></html>\n`,
);
put('empty.txt', '');
put('whitespace.txt', ' \n\n\t \n');
// A PNG signature and header: binary data under a .txt name.
put('binary.txt', Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex'));
// Control bytes and high bytes that no encoding turns into text.
put('garbage.txt', Buffer.from(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0x81 + (i % 16) : 0x01 + (i % 8)))));
put('not-a-pdf.pdf', 'This file is plain text with a .pdf name.\n');
put('not-a-docx.docx', 'This file is plain text with a .docx name.\n');

const pdf = await makePdf([{ head: 'S/RES/1373 (2001)', body: EN.replace(/\n/g, ' ') }]);
put('good.pdf', pdf);
put('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length / 2)));
put('encrypted.pdf', await makePdf([{ body: EN }], { userPassword: 'secret' }));
put(
  'good.docx',
  await Packer.toBuffer(
    new DocxDocument({
      sections: [
        {
          children: EN.trim()
            .split('\n')
            .map((l) => new Paragraph(l)),
        },
      ],
    }),
  ),
);
console.log('wrote test/fixtures/broken/');
