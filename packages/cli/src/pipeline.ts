import { unLangOf, type Document, type Entity, type EntityKind, type NormalizedText, type Segment } from '@untk/core';
import { extract } from '@untk/extraction';
import { normalize, segment } from '@untk/segmentation';

/** Which segments to compute: none (jieba never loads), sentences and tokens, or tokens with POS tags. */
export type SegmentsMode = 'none' | 'tokens' | 'pos';

export interface AnalyzeOptions {
  /** Only these entity kinds; all when omitted, none when empty. */
  kinds?: readonly EntityKind[];
  segments?: SegmentsMode;
  /**
   * Let Chinese organisations and short forms read jieba's POS tags (default true). Without them jieba is not loaded
   * for them: extraction alone runs without segmentation, and a Chinese organisation only jieba's `nt` tag confirms
   * is not found (names from the gazetteer, the grammar and explicit pairs are).
   */
  pos?: boolean;
}

export interface Analysis {
  norm: NormalizedText;
  entities: Entity[];
  /** Paragraphs, headings, sentences and tokens, when asked for. */
  segments?: Segment[];
}

/** Do these options have Chinese organisations and short forms read jieba's POS tags (segmenting Chinese)? */
export function readsPosTags(options: Pick<AnalyzeOptions, 'kinds' | 'pos'>): boolean {
  const wantsBodies = !options.kinds || options.kinds.some((k) => k === 'organization' || k === 'acronym');
  return wantsBodies && options.pos !== false;
}

/** bytes → Document → normalised text → segments (when asked) → entities: the work done for each document. */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): Analysis {
  const norm = normalize(doc.text);
  const mode = options.segments ?? 'none';
  // Chinese organisations and short forms use jieba's POS tags (`nt`), when those kinds are wanted: the document
  // is then segmented once, with tags, and those segments serve both (the reports ignore the tags).
  const chineseBodies = readsPosTags(options) && unLangOf(doc.lang) === 'zh';
  const segments =
    mode === 'none' && !chineseBodies ? undefined : segment(doc, norm, { pos: mode === 'pos' || chineseBodies });
  const tagged = chineseBodies ? segments : undefined;
  const tokens = tagged?.filter((s) => s.kind === 'token');
  const entities =
    options.kinds?.length === 0
      ? []
      : extract(doc, norm, { ...(options.kinds ? { kinds: options.kinds } : {}), ...(tokens ? { tokens } : {}) });
  return segments && mode !== 'none' ? { norm, entities, segments } : { norm, entities };
}
