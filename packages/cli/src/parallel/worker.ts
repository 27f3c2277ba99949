import { runTask, type AnalyzeTask, type AnalyzeResult } from './task.js';

/** piscina's entry point: one task per call; module state (nodejieba's dictionary) lives as long as the thread. */
export default function analyze(task: AnalyzeTask): Promise<AnalyzeResult> {
  return runTask(task);
}
