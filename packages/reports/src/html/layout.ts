import { UndirectedGraph } from 'graphology';
import * as fa2Module from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings, ForceAtlas2SynchronousLayoutParameters } from 'graphology-layout-forceatlas2';
import type { Network } from '../network.js';

// graphology-layout-forceatlas2 is CommonJS with `export default` types: its function is the module's default.
const forceAtlas2 = (
  fa2Module as unknown as {
    default: {
      (
        graph: UndirectedGraph,
        params: ForceAtlas2SynchronousLayoutParameters,
      ): Record<string, { x: number; y: number }>;
      inferSettings(graph: UndirectedGraph): ForceAtlas2Settings;
    };
  }
).default;

/** Iterations of ForceAtlas2: enough for a few hundred nodes to settle, fixed so that every run is the same. */
export const LAYOUT_ITERATIONS = 500;

/**
 * Node positions for the network, computed once in Node so the page does not lay out: ForceAtlas2 (weighted by
 * shared units, strong gravity so that the many small components stay near the centre) from a fixed start (nodes on a sunflower
 * spiral in id order) and a fixed number of iterations, then scaled into a 1000 × 1000 box and rounded. The same
 * network gives the same positions on every run.
 */
export function layoutNetwork(net: Network): Record<string, { x: number; y: number }> {
  const g = new UndirectedGraph();
  const golden = Math.PI * (3 - Math.sqrt(5));
  net.nodes.forEach((n, i) => {
    const r = Math.sqrt(i + 0.5);
    g.addNode(n.id, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden), size: 1 + Math.log(n.frequency) });
  });
  net.edges.forEach((e, i) => g.addEdgeWithKey(`e${i}`, e.source, e.target, { weight: e.weight }));
  if (g.order === 0) return {};
  const settings: ForceAtlas2Settings = {
    ...forceAtlas2.inferSettings(g),
    strongGravityMode: true,
    gravity: 0.02,
    scalingRatio: 6,
    slowDown: 1,
    barnesHutOptimize: false,
  };
  const pos = forceAtlas2(g, { iterations: LAYOUT_ITERATIONS, settings, getEdgeWeight: 'weight' });
  const xs = Object.values(pos).map((p) => p.x);
  const ys = Object.values(pos).map((p) => p.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const span = Math.max(Math.max(...xs) - minX, Math.max(...ys) - minY) || 1;
  const out: Record<string, { x: number; y: number }> = {};
  for (const n of net.nodes) {
    const p = pos[n.id] ?? { x: 0, y: 0 };
    out[n.id] = {
      x: Math.round(((p.x - minX) / span) * 10000) / 10,
      y: Math.round(((p.y - minY) / span) * 10000) / 10,
    };
  }
  return out;
}
