import type { Document, Entity } from '@untk/core';
import { normalize } from '@untk/segmentation';
import { extract } from '../src/index.js';

export function run(text: string, lang = 'zh', id = 't'): Entity[] {
  const doc: Document = { id, source: id, lang, text };
  return extract(doc, normalize(text));
}

/** The offset invariant: every entity's text is exactly its slice of the original. */
export function expectOffsets(text: string, entities: readonly Entity[]): void {
  for (const e of entities) {
    if (text.slice(e.start, e.end) !== e.text) {
      throw new Error(
        `entity ${JSON.stringify(e)} does not match the original slice ${JSON.stringify(text.slice(e.start, e.end))}`,
      );
    }
  }
}

/** Locate each hand-listed mention in the original, in order, to get its expected offsets. */
export function expectedSpans(text: string, mentions: readonly string[]): Array<[number, number]> {
  let from = 0;
  return mentions.map((m) => {
    const at = text.indexOf(m, from);
    if (at < 0) throw new Error(`hand-listed mention ${JSON.stringify(m)} not found after offset ${from}`);
    from = at + m.length;
    return [at, at + m.length];
  });
}
