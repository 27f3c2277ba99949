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

/**
 * The same trie in typed arrays, for walks that take one step per code unit of the text: a step is two array reads
 * (`next[node * width + symbol[c]]`) instead of a Map look-up. Node 0 is the root, which is no node's child, so 0
 * in `next` means "no such step".
 */
export interface FlatTrie {
  /** The column of each code unit: 1 + its index among the units the keys hold, or 0 when no key holds it. */
  readonly symbol: Uint16Array;
  /** Columns per node: the units the keys hold, plus column 0 (always 0: a unit in no key ends the walk). */
  readonly width: number;
  /** The child of a node by a column, or 0. */
  readonly next: Int32Array;
  /** The row whose key ends at each node. */
  readonly rows: ReadonlyArray<GazetteerRow | undefined>;
  /** 1 for each code unit that starts a key. */
  readonly starts: Uint8Array;
}

/**
 * The trie of `keys` in typed arrays. `alias` reads a code unit as another in every step but the first (a line
 * break as the space a form holds): the alias gets the column of the unit it stands for.
 */
export function flatTrie(keys: Iterable<[string, GazetteerRow]>, alias?: { from: number; to: number }): FlatTrie {
  const root: TrieNode = { next: new Map() };
  const symbol = new Uint16Array(0x10000);
  const starts = new Uint8Array(0x10000);
  let width = 1;
  for (const [key, row] of keys) {
    if (key === '') continue;
    starts[key.charCodeAt(0)] = 1;
    for (let k = 0; k < key.length; k++) if (symbol[key.charCodeAt(k)] === 0) symbol[key.charCodeAt(k)] = width++;
    addToTrie(root, key, row);
  }
  if (alias && symbol[alias.from] === 0) symbol[alias.from] = symbol[alias.to] ?? 0;
  // Number the nodes breadth first, then fill their rows of the table.
  const nodes: TrieNode[] = [root];
  const ids = new Map<TrieNode, number>([[root, 0]]);
  for (let n = 0; n < nodes.length; n++) {
    for (const child of nodes[n]?.next.values() ?? []) {
      ids.set(child, nodes.length);
      nodes.push(child);
    }
  }
  const next = new Int32Array(nodes.length * width);
  nodes.forEach((node, id) => {
    for (const [c, child] of node.next) next[id * width + (symbol[c] ?? 0)] = ids.get(child) ?? 0;
  });
  return { symbol, width, next, rows: nodes.map((n) => n.row), starts };
}
