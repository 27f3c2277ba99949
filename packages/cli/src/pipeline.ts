import type { Document, Entity, EntityKind } from '@untk/core';
import { extract } from '@untk/extraction';
import { normalize } from '@untk/segmentation';

/** bytes → Document → normalised text → entities: the work done for each document. */
export function analyzeDocument(doc: Document, kinds?: readonly EntityKind[]): Entity[] {
  return extract(doc, normalize(doc.text), kinds ? { kinds } : {});
}
