import { Command, Option } from '@commander-js/extra-typings';
import type { Segment } from '@untk/core';
import { addUserDictionary, DictionaryError } from '@untk/segmentation';
import { EXIT, type CliIo } from '../io.js';
import { emitResult, fileHead } from '../output.js';
import { analyzeInputs } from '../run.js';
import { langOption } from './options.js';

export const SEGMENT_FORMATS = ['jsonl', 'text'] as const;
export type SegmentFormat = (typeof SEGMENT_FORMATS)[number];

/** JSONL: one Segment a line. Text: one sentence a line, its tokens separated by spaces (`word/tag` with tags). */
export function formatSegments(segments: readonly Segment[], format: SegmentFormat): string {
  if (format === 'jsonl') return segments.map((s) => JSON.stringify(s) + '\n').join('');
  const lines: string[] = [];
  let words: string[] | undefined;
  for (const s of segments) {
    if (s.kind === 'sentence') {
      if (words) lines.push(words.join(' '));
      words = [];
    } else if (s.kind === 'token') {
      words?.push(s.tag === undefined ? s.text : `${s.text}/${s.tag}`);
    }
  }
  if (words) lines.push(words.join(' '));
  return lines.map((l) => l + '\n').join('');
}

// The start of a line of `untk segment --format jsonl`: a Segment's keys in the order it writes them.
const SEGMENT_LINE = /^\{"kind":"(?:paragraph|heading|sentence|token)","start":\d+,"end":\d+,"text":"/;

/**
 * Whether `file` may be replaced without `--force`: it does not exist, is empty, or starts with a segment as
 * `untk segment --format jsonl` writes it. The text format cannot be told from anyone's text: a file of it is
 * replaced only with `--force`.
 */
async function isOwnSegmentFile(file: string): Promise<boolean> {
  let head: string | undefined;
  try {
    head = await fileHead(file, 4096);
  } catch {
    return false;
  }
  // A segment line starts with its kind and offsets (the text after them may be longer than the head).
  return head === undefined || head.length === 0 || SEGMENT_LINE.test(head);
}

export function segmentCommand(io: CliIo, setExit: (code: number) => void) {
  return new Command('segment')
    .description(
      'Split one document into paragraphs, headings, sentences and word tokens (Chinese with jieba and a UN ' +
        'dictionary), with offsets into the original text.',
    )
    .argument('<input>', 'the file to read ("-" reads standard input)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(SEGMENT_FORMATS).default('jsonl' as const))
    .option('--pos', 'part-of-speech tags on Chinese tokens (jieba tagset; nt for organisations)')
    .option(
      '--user-dict <file>',
      'a user dictionary for Chinese, one "word [freq] [tag]" a line (repeatable)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .addOption(langOption())
    .option('-o, --out <file>', 'write to this file (whole or not at all) instead of standard output')
    .option('--force', 'replace an --out file that untk segment did not write as JSONL')
    .addHelpText(
      'after',
      '\nExamples:\n  untk segment corpus/seed/000_64ff64efe628bbb7.txt --format text\n' +
        '  untk segment report.txt --pos --user-dict my-terms.txt',
    )
    .action(async (input, opts) => {
      if (opts.out && !opts.force && !(await isOwnSegmentFile(opts.out))) {
        io.stderr.write(
          `untk: ${opts.out}: the file exists and untk did not write it; choose another or pass --force\n`,
        );
        setExit(EXIT.output);
        return;
      }
      for (const file of opts.userDict) {
        try {
          addUserDictionary(file);
        } catch (err) {
          if (!(err instanceof DictionaryError)) throw err;
          io.stderr.write(`untk: ${err.message}\n`);
          setExit(EXIT.usage);
          return;
        }
      }
      const documents: Array<{ id: string; segments: Segment[] }> = [];
      const errors = await analyzeInputs(
        [input],
        io,
        { ...(opts.lang ? { lang: opts.lang } : {}), kinds: [], segments: opts.pos ? 'pos' : 'tokens' },
        (d) => {
          documents.push({ id: d.doc.id, segments: d.segments ?? [] });
        },
      );
      if (documents.length > 1) {
        io.stderr.write(`untk: ${input}: holds ${documents.length} documents; untk segment reads one file\n`);
        setExit(EXIT.usage);
        return;
      }
      const text = formatSegments(documents[0]?.segments ?? [], opts.format);
      if (!(await emitResult(io, opts.out, text))) {
        setExit(EXIT.output);
        return;
      }
      setExit(errors.length > 0 ? EXIT.inputErrors : EXIT.ok);
    });
}
