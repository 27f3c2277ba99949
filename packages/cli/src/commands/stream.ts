import { createInterface } from 'node:readline';
import { Command, Option } from '@commander-js/extra-typings';
import { ENTITY_KINDS, LangTagSchema, type Document, type EntityKind, type InputError } from '@untk/core';
import { detectLanguage } from '@untk/segmentation';
import { expandInputs, readDocument } from '../inputs.js';
import { EXIT, type CliIo } from '../io.js';
import { formatEntities } from '../output.js';
import { writeWithBackpressure } from '../parallel/sink.js';
import { analyzeDocument } from '../pipeline.js';
import { langOption } from './options.js';

/** What a line of `untk stream`'s input may hold. */
interface StreamRecord {
  id?: unknown;
  text?: unknown;
  path?: unknown;
  lang?: unknown;
}

/** One line's document, or why there is none. `path` records are read from disk like `untk extract` reads files. */
async function documentOfLine(
  line: string,
  n: number,
  defaultLang: string | undefined,
): Promise<{ doc: Document } | { error: InputError }> {
  const where = `line ${n}`;
  const bad = (message: string, source = where): { error: InputError } => ({
    error: { source, code: 'corrupt', message },
  });
  let record: StreamRecord;
  try {
    record = JSON.parse(line) as StreamRecord;
  } catch {
    return bad('is not JSON: expected {"id": "…", "text": "…"} or {"path": "…"}');
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return bad('is not a JSON object: expected {"id": "…", "text": "…"} or {"path": "…"}');
  }
  if (record.id !== undefined && (typeof record.id !== 'string' || record.id.length === 0)) {
    return bad('"id" must be a non-empty string');
  }
  let lang = defaultLang;
  if (record.lang !== undefined) {
    const parsed = LangTagSchema.safeParse(record.lang);
    if (!parsed.success) return bad(`"lang" ${JSON.stringify(record.lang)} is not a BCP 47 tag such as zh or en`);
    lang = parsed.data;
  }
  if (typeof record.text === 'string') {
    if (record.id === undefined) return bad('a record with "text" needs an "id"');
    const id = record.id as string;
    if (record.text.trim().length === 0) {
      return { error: { source: id, code: 'empty', message: 'the text is empty or only white space' } };
    }
    return { doc: { id, source: id, lang: lang ?? detectLanguage(record.text), text: record.text } };
  }
  if (typeof record.path === 'string' && record.text === undefined) {
    // Found as untk extract finds a file it is given, so that a missing file or a folder says so.
    const { refs, errors } = await expandInputs([record.path]);
    if (errors[0]) return { error: errors[0] };
    const ref = refs[0];
    if (refs.length !== 1 || !ref || ref.source !== record.path) {
      return {
        error: { source: record.path, code: 'not-a-file', message: 'is a folder: give one file per line' },
      };
    }
    return readDocument({ source: record.path, id: (record.id as string | undefined) ?? ref.id }, lang ? { lang } : {});
  }
  return bad('needs a string "text" (with an "id") or a string "path"');
}

/**
 * `untk stream`: one JSON document per line in, its entities as JSON Lines out, in input order. A line that
 * cannot be used becomes one error record on stdout (and a message on stderr), never a crash, so engines that
 * pipe records through a command (GNU parallel, Spark RDD.pipe, Hadoop Streaming) can run it as a step.
 */
export async function runStream(io: CliIo, options: { lang?: string; kinds?: readonly EntityKind[] }): Promise<number> {
  let failed = false;
  let n = 0;
  for await (const raw of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    n++;
    const line = raw.trim();
    if (line.length === 0) continue;
    const got = await documentOfLine(line, n, options.lang);
    if ('error' in got) {
      failed = true;
      io.stderr.write(
        `untk: line ${n}: ${got.error.source === `line ${n}` ? '' : got.error.source + ': '}${got.error.message}\n`,
      );
      await writeWithBackpressure(io.stdout, JSON.stringify({ error: got.error, line: n }) + '\n');
      continue;
    }
    const { entities } = analyzeDocument(got.doc, options.kinds ? { kinds: options.kinds } : {});
    await writeWithBackpressure(io.stdout, formatEntities(entities, 'jsonl'));
  }
  return failed ? EXIT.inputErrors : EXIT.ok;
}

export function streamCommand(io: CliIo, setExit: (code: number) => void) {
  return new Command('stream')
    .description(
      'Read one document per line on standard input as JSON ({"id": "…", "text": "…", "lang": "zh"} or ' +
        '{"path": "file.txt"}) and write its entities as JSON Lines to standard output, in input order. A line ' +
        'that cannot be used gives {"error": {…}, "line": N} instead of entities; stdout carries nothing else.',
    )
    .addOption(langOption())
    .addOption(new Option('-k, --kinds <kinds...>', 'only these entity kinds').choices(ENTITY_KINDS))
    .addHelpText(
      'after',
      '\nExamples:\n  untk stream < docs.jsonl > entities.jsonl\n' +
        '  parallel --will-cite --pipe -N 1000 --keep-order untk stream < docs.jsonl > entities.jsonl',
    )
    .action(async (opts) => {
      setExit(
        await runStream(io, {
          ...(opts.lang ? { lang: opts.lang } : {}),
          ...(opts.kinds ? { kinds: opts.kinds } : {}),
        }),
      );
    });
}
