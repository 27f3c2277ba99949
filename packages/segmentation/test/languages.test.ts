import { describe, expect, it } from 'vitest';
import { isJiebaLoaded, normalize, segment, splitSentences, tokenize } from '../src/index.js';
import { corpusText, seedText } from '../../../test/support/corpus.js';
import { byKind, checkSegments } from './helpers.js';

const sentencesOf = (text: string, lang: string) =>
  splitSentences(text, 0, text.length, lang).map((r) => text.slice(r.start, r.end));
const wordsOf = (text: string, lang: string) => tokenize(text, lang).map((t) => text.slice(t.start, t.end));

describe('sentences', () => {
  it.each([
    ['en', 'The U.N. Security Council met. Mr. Smith spoke on para. 3 of the report.', 2],
    ['en', 'See resolution 2322 (2016), i.e. the text adopted, etc. and the annex. It passed.', 2],
    ['en', '10. The Committee agreed. J. Smith dissented.', 2],
    ['en', 'Is it done? Yes! It is done...', 3],
    ['en', 'The rate was 3.5 per cent. it rose', 1],
    ['fr', 'M. Dupont a pris la parole. Mme Durand lui a répondu, cf. art. 5 du règlement.', 2],
    ['es', 'El Sr. Pérez habló con la Sra. Gómez. ¿Se levantó la sesión? Sí.', 3],
    ['ru', 'В 2017 г. Совет принял резолюцию, т.е. документ S/RES/2322 (2016). Заседание закрыто.', 2],
    ['ar', 'قال الرئيس إن المجلس اجتمع. ثم رفعت الجلسة؟ نعم.', 3],
    ['zh', '委员会举行会议。会议通过了决议！“是否继续？”他问。还有……待续', 6],
    ['zh', '第 1 段：批准和充分执行各项国际反恐公约和议定书', 1],
  ])('%s: %s → %i sentences', (lang, text, n) => {
    const sentences = sentencesOf(text, lang);
    expect(sentences).toHaveLength(n);
    expect(sentences.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});

describe('tokens outside Chinese', () => {
  it.each([
    [
      'en',
      'The U.N. noted document S/2017/97 and resolution 1373(2001), e.g. 1,234.5 dollars.',
      [
        'The',
        'U.N.',
        'noted',
        'document',
        'S/2017/97',
        'and',
        'resolution',
        '1373(2001)',
        'e.g.',
        '1,234.5',
        'dollars',
      ],
    ],
    ['en', 'See A/C.3/72/L.1 and S/RES/2322 (2016).', ['See', 'A/C.3/72/L.1', 'and', 'S/RES/2322', '2016']],
    [
      'fr',
      "M. Dupont a salué l'Organisation aujourd’hui.",
      ['M.', 'Dupont', 'a', 'salué', "l'Organisation", 'aujourd’hui'],
    ],
    ['ru', 'Совет, т.е. ООН, 2017 г.', ['Совет', 'т.е.', 'ООН', '2017', 'г.']],
    ['ar', 'الأمم المتحدة، في عام 2017.', ['الأمم', 'المتحدة', 'في', 'عام', '2017']],
  ])('%s: %s', (lang, text, words) => {
    expect(wordsOf(text, lang)).toEqual(words);
  });
});

describe.each(['ar', 'en', 'es', 'fr', 'ru'])('segment() on the %s side of the UN Parallel Corpus dev set', (lang) => {
  const original = corpusText(`unpc-devset/UNv1.0.devset.${lang}`);
  const norm = normalize(original, { lineMode: true });
  const segments = segment({ lang }, norm);

  it('keeps offsets, order and nesting on every segment of the 4,000 lines', () => {
    checkSegments(original, norm, segments);
    expect(byKind(segments, 'paragraph')).toHaveLength(4000);
    const sentences = byKind(segments, 'sentence').length;
    expect(sentences).toBeGreaterThanOrEqual(4000);
    expect(sentences).toBeLessThan(6000);
    expect(byKind(segments, 'token').length).toBeGreaterThan(60_000);
  });

  it('never needs jieba', () => {
    expect(isJiebaLoaded()).toBe(false);
  });
});

describe('jieba loads only when Chinese words are needed', () => {
  it('sentences of the seed without tokens leave it unloaded', () => {
    const original = seedText();
    const segments = segment({ lang: 'zh' }, normalize(original), { tokens: false });
    expect(byKind(segments, 'sentence').length).toBeGreaterThan(50);
    expect(isJiebaLoaded()).toBe(false);
  });
});
