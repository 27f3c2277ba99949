import { describe, expect, it } from 'vitest';
import { EntitySchema } from '@untk/core';
import { corpusPath, corpusText, SEED_PATH, seedText } from '../../../test/support/corpus.js';
import { runCli } from './helpers.js';

const jsonl = (records: unknown[]) => records.map((r) => JSON.stringify(r) + '\n').join('');

describe('untk stream', () => {
  it('gives for a document sent as text exactly what extract gives for the file', async () => {
    const extracted = await runCli(['extract', SEED_PATH, '--jobs', '1']);
    const streamed = await runCli(['stream'], jsonl([{ id: '000_64ff64efe628bbb7.txt', text: seedText() }]));
    expect(streamed.stderr).toBe('');
    expect(streamed.code).toBe(0);
    expect(streamed.stdout).toBe(
      extracted.stdout.replaceAll('"doc":"' + SEED_PATH + '"', '"doc":"000_64ff64efe628bbb7.txt"'),
    );
    expect(streamed.stdout.split('\n').length).toBeGreaterThan(40);
  });

  it('reads {"path": …} records from disk, in input order, with the language of the record', async () => {
    const devsetEn = corpusPath('unpc-devset/UNv1.0.devset.en');
    const input = jsonl([{ path: devsetEn }, { id: 'seed', text: seedText(), lang: 'zh' }]);
    const r = await runCli(['stream', '--kinds', 'symbol'], input);
    expect(r.code).toBe(0);
    const docs = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => EntitySchema.parse(JSON.parse(l)).doc);
    expect(docs.indexOf('seed')).toBeGreaterThan(docs.lastIndexOf(devsetEn));
    const fromFile = await runCli(['extract', devsetEn, '--kinds', 'symbol', '--jobs', '1']);
    expect(r.stdout.startsWith(fromFile.stdout)).toBe(true);
  });

  it.each([
    ['not json', 'corrupt', /is not JSON/],
    ['[1, 2]', 'corrupt', /not a JSON object/],
    ['{"text": "S/2017/97"}', 'corrupt', /needs an "id"/],
    ['{"id": "x", "text": "S/2017/97", "lang": "not a tag!"}', 'corrupt', /BCP 47/],
    ['{"id": "x", "text": "   "}', 'empty', /empty/],
    ['{"id": 7, "text": "S/2017/97"}', 'corrupt', /"id" must be/],
    ['{"path": "no/such/file.txt"}', 'not-found', /no such file/],
    ['{"id": "x"}', 'corrupt', /needs a string "text"/],
  ])('turns the bad line %s into an error record and goes on', async (bad, code, message) => {
    const good = JSON.stringify({ id: 'good', text: corpusText('seed/000_64ff64efe628bbb7.txt') });
    const r = await runCli(['stream', '--kinds', 'symbol'], `${good}\n${bad}\n\n${good}\n`);
    expect(r.code).toBe(1);
    const records = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const errors = records.filter((x) => 'error' in x);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 2, error: { code } });
    expect((errors[0]!.error as { message: string }).message).toMatch(message);
    // Every other record is an entity: 3 symbols from each good line, before and after the bad one.
    const entities = records.filter((x) => !('error' in x)).map((x) => EntitySchema.parse(x));
    expect(entities.map((e) => e.kind === 'symbol' && e.symbol)).toEqual([
      'S/2015/683',
      'S/2015/975',
      'S/2017/97',
      'S/2015/683',
      'S/2015/975',
      'S/2017/97',
    ]);
    expect(r.stderr).toMatch(/^untk: line 2: /);
  });
});
