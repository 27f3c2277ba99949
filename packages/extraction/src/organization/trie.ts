import type { GazetteerRow } from './gazetteer.js';

/** A node of a gazetteer's character trie: the next code unit, and the row whose key ends here. */
export interface TrieNode {
  next: Map<number, TrieNode>;
  row?: GazetteerRow;
}

/** Add `key` (a gazetteer key, one code unit per step) to the trie under `root`, ending at `row`. */
export function addToTrie(root: TrieNode, key: string, row: GazetteerRow): void {
  let node = root;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    let child = node.next.get(c);
    if (!child) {
      child = { next: new Map() };
      node.next.set(c, child);
    }
    node = child;
  }
  node.row = row;
}
