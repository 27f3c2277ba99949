/**
 * The young generation untk's analysis runs with. Every document makes many objects that live until the document
 * is done (its tokens, sentences and entities): with V8's default 16 MB semi-spaces, each scavenge copies them
 * while they are still in use. 64 MB semi-spaces let most of them be collected in place or copied once: about 4%
 * on the whole pipeline and 69% → 80-85% of raw jieba for `segment()` on 50 MB of Chinese (`pnpm run
 * bench:segment`), for up to 128 MB more memory per thread, the same for any corpus size.
 */
export const SEMI_SPACE_MB = 64;

/**
 * How far V8 lets the old generation grow past what the last full collection kept, in percent, before it collects
 * again. V8's own factor rises towards 4× while collections are cheap, which they are here (40 MB live): each
 * full collection set a higher limit than the one before (106, 142, 195 MB over a 500 MB run), so a longer run
 * reached a higher peak (+31% RSS for 500 MB against 100 MB, extraction on one thread). At 20% the limit stays
 * where it is, and the peak with it: 353-358 MB against 333 MB, at no measurable cost in time (about twice as many
 * full collections, each a few milliseconds on the main thread). Process-wide: pool workers have it too.
 */
export const HEAP_GROWING_PERCENT = 20;

/** Node flags for a process that runs untk's analysis (the bin starts Node with them). */
export const NODE_FLAGS: readonly string[] = [
  `--max-semi-space-size=${SEMI_SPACE_MB}`,
  `--heap-growing-percent=${HEAP_GROWING_PERCENT}`,
];

/** The same for worker threads, which take it as a resource limit (V8's young generation is three semi-spaces). */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 3 * SEMI_SPACE_MB } as const;

/** The flags of NODE_FLAGS this process was not started with (neither on its command line nor in NODE_OPTIONS). */
export function missingNodeFlags(execArgv: readonly string[], nodeOptions = ''): string[] {
  // V8 takes `_` and `-` alike in flag names (`--max_semi_space_size`).
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].map((g) => g.replace(/_/g, '-'));
  return NODE_FLAGS.filter((f) => {
    const name = f.slice(0, f.indexOf('='));
    return !given.some((g) => g === name || g.startsWith(`${name}=`));
  });
}
