import { runTask, type AnalyzeTask, type AnalyzeResult } from './task.js';

/**
 * piscina's entry point: a batch of documents per call, analysed one after the other, results in the same
 * order. Batching small documents spares a message round trip per document. Module state (nodejieba's
 * dictionary) lives as long as the thread.
 */
export default async function analyze(batch: AnalyzeTask[]): Promise<AnalyzeResult[]> {
  const results: AnalyzeResult[] = [];
  for (const task of batch) results.push(await runTask(task));
  return results;
}
