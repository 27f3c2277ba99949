import { unLangOf, type Document, type Entity, type EntityKind, type NormalizedText, type Segment } from '@untk/core';
import { extract } from '@untk/extraction';
import { normalize, segment } from '@untk/segmentation';

/** Which segments to compute: none (jieba never loads), sentences and tokens, or tokens with POS tags. */
export type SegmentsMode = 'none' | 'tokens' | 'pos';

export interface AnalyzeOptions {
  /** Only these entity kinds; all when omitted, none when empty. */
  kinds?: readonly EntityKind[];
  segments?: SegmentsMode;
}

export interface Analysis {
  norm: NormalizedText;
  entities: Entity[];
  /** Paragraphs, headings, sentences and tokens, when asked for. */
  segments?: Segment[];
}

/** bytes → Document → normalised text → segments (when asked) → entities: the work done for each document. */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): Analysis {
  const norm = normalize(doc.text);
  const mode = options.segments ?? 'none';
  const segments = mode === 'none' ? undefined : segment(doc, norm, { pos: mode === 'pos' });
  // Chinese organisations and short forms use jieba's POS tags (`nt`), when those kinds are wanted.
  const wantsBodies = !options.kinds || options.kinds.some((k) => k === 'organization' || k === 'acronym');
  const tagged =
    wantsBodies && unLangOf(doc.lang) === 'zh'
      ? mode === 'pos'
        ? segments
        : segment(doc, norm, { pos: true })
      : undefined;
  const tokens = tagged?.filter((s) => s.kind === 'token');
  const entities =
    options.kinds?.length === 0
      ? []
      : extract(doc, norm, { ...(options.kinds ? { kinds: options.kinds } : {}), ...(tokens ? { tokens } : {}) });
  return segments ? { norm, entities, segments } : { norm, entities };
}
