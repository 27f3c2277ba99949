import { UndirectedGraph } from 'graphology';
import * as louvainModule from 'graphology-communities-louvain';
import type { DetailedLouvainOutput, LouvainOptions } from 'graphology-communities-louvain';
import { write as writeGexf } from 'graphology-gexf';
import { compareStrings } from '@untk/core';
import type { PairRow } from './cooccurrence.js';
import type { ItemKind } from './documents.js';

// graphology-communities-louvain is CommonJS with `export default` types: its function is the module's default.
const louvain = (
  louvainModule as unknown as {
    default: { detailed(graph: UndirectedGraph, options: LouvainOptions): DetailedLouvainOutput };
  }
).default;

export interface NetworkNode {
  id: string;
  kind: ItemKind;
  key: string;
  /** units the item occurs in */
  frequency: number;
  /** 1 = the largest community */
  community: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** units the pair shares */
  weight: number;
  logDice: number;
  g2: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  communities: number;
  modularity: number;
}

/** A small seeded generator (mulberry32) so that Louvain's random order is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nodeId = (x: { kind: ItemKind; key: string }) => `${x.kind}:${x.key}`;

/**
 * The co-occurrence network: items as nodes, pairs attracted to each other (G² > 0) as undirected edges
 * weighted by the units they share, the `maxEdges` strongest by G². Communities by Louvain (seeded, so the
 * same on every run), numbered from the largest (ties: the community whose first node id sorts first).
 */
export function buildNetwork(pairs: readonly PairRow[], options: { maxEdges?: number; seed?: number } = {}): Network {
  const kept = pairs.filter((p) => p.g2 > 0).slice(0, options.maxEdges ?? 500);
  const graph = new UndirectedGraph();
  const nodes = new Map<string, Omit<NetworkNode, 'community'>>();
  for (const p of kept) {
    for (const x of [p.a, p.b])
      nodes.set(nodeId(x), { id: nodeId(x), kind: x.kind, key: x.key, frequency: x.frequency });
  }
  const sortedNodes = [...nodes.values()].sort((x, y) => compareStrings(x.id, y.id));
  for (const n of sortedNodes) graph.addNode(n.id);
  const edges: NetworkEdge[] = kept
    .map((p) => ({ source: nodeId(p.a), target: nodeId(p.b), weight: p.observed, logDice: p.logDice, g2: p.g2 }))
    .sort((x, y) => compareStrings(x.source, y.source) || compareStrings(x.target, y.target));
  for (const e of edges) graph.addEdge(e.source, e.target, { weight: e.weight });
  if (graph.order === 0) return { nodes: [], edges: [], communities: 0, modularity: 0 };
  const detail = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(options.seed ?? 42) });
  const members = new Map<number, string[]>();
  for (const n of sortedNodes) {
    const c = detail.communities[n.id] ?? -1;
    let m = members.get(c);
    if (!m) members.set(c, (m = []));
    m.push(n.id);
  }
  const order = [...members.entries()].sort(
    ([, x], [, y]) => y.length - x.length || compareStrings(x[0] ?? '', y[0] ?? ''),
  );
  const renumber = new Map(order.map(([c], i) => [c, i + 1]));
  return {
    nodes: sortedNodes.map((n) => ({ ...n, community: renumber.get(detail.communities[n.id] ?? -1) ?? 0 })),
    edges,
    communities: order.length,
    modularity: detail.modularity,
  };
}

function toGraph(net: Network): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const n of net.nodes) {
    g.addNode(n.id, { label: n.key, kind: n.kind, frequency: n.frequency, community: n.community });
  }
  // Keys given explicitly: graphology's generated keys carry a per-instance counter that differs between runs.
  net.edges.forEach((e, i) => {
    g.addEdgeWithKey(`e${i}`, e.source, e.target, { weight: e.weight, logDice: e.logDice, g2: e.g2 });
  });
  return g;
}

/** The network as GEXF 1.2 (Gephi), written by graphology-gexf. */
export function networkToGexf(net: Network): string {
  return writeGexf(toGraph(net), { version: '1.2' });
}

// Characters XML 1.0 cannot hold at all: controls other than tab, line feed and carriage return, U+FFFE, U+FFFF.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function xml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(NOT_XML, '');
}

/** The network as GraphML (graphology-graphml 0.5 only reads GraphML, so untk writes it). */
export function networkToGraphml(net: Network): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="frequency" for="node" attr.name="frequency" attr.type="int"/>',
    '  <key id="community" for="node" attr.name="community" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '  <key id="logDice" for="edge" attr.name="logDice" attr.type="double"/>',
    '  <key id="g2" for="edge" attr.name="g2" attr.type="double"/>',
    '  <graph id="cooccurrence" edgedefault="undirected">',
  ];
  for (const n of net.nodes) {
    out.push(
      `    <node id="${xml(n.id)}">`,
      `      <data key="label">${xml(n.key)}</data>`,
      `      <data key="kind">${xml(n.kind)}</data>`,
      `      <data key="frequency">${n.frequency}</data>`,
      `      <data key="community">${n.community}</data>`,
      '    </node>',
    );
  }
  net.edges.forEach((e, i) => {
    out.push(
      `    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}">`,
      `      <data key="weight">${e.weight}</data>`,
      `      <data key="logDice">${e.logDice}</data>`,
      `      <data key="g2">${e.g2}</data>`,
      '    </edge>',
    );
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
