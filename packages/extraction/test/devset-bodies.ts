import type { OrganizationEntity } from '@untk/core';
import { corpusText } from '../../../test/support/corpus.js';
import { expectOffsets, run } from './helpers.js';

function bodiesOf(lang: string, text: string, id: string): OrganizationEntity[] {
  return run(text, lang, id).filter((e): e is OrganizationEntity => e.kind === 'organization');
}

/**
 * The bodies of one language's dev-set file, read line by line (each line a document): what the tests of each
 * language's grammar look at.
 */
export function devsetBodies(lang: string) {
  const lines = corpusText(`unpc-devset/UNv1.0.devset.${lang}`).split('\n');
  const byLine = lines.map((line, i) => bodiesOf(lang, line, `${lang}:${i + 1}`));
  return {
    lines,
    byLine,
    names: new Set(byLine.flat().map((o) => o.name)),
    /** Throws unless every body's text is its slice of its line. */
    expectOffsets(): void {
      for (const [i, orgs] of byLine.entries()) if (orgs.length > 0) expectOffsets(lines[i]!, orgs);
    },
    /** The names found inside the first place `needle` stands on a line (throws when no line holds it). */
    namesIn(needle: string): string[] {
      const i = lines.findIndex((l) => l.includes(needle));
      if (i < 0) throw new Error(`no line of the ${lang} dev set holds ${JSON.stringify(needle)}`);
      const at = lines[i]!.indexOf(needle);
      return byLine[i]!.filter((o) => o.start >= at && o.start < at + needle.length).map((o) => o.name);
    },
    /** How many lines name a body, and the share of them whose English translation (the aligned line) names one. */
    namedInEnglish(): { lines: number; share: number } {
      const en = corpusText('unpc-devset/UNv1.0.devset.en').split('\n');
      let withBody = 0;
      let both = 0;
      for (const [i, orgs] of byLine.entries()) {
        if (orgs.length === 0) continue;
        withBody++;
        if (bodiesOf('en', en[i] ?? '', `en:${i + 1}`).length > 0) both++;
      }
      return { lines: withBody, share: both / withBody };
    },
  };
}
