/**
 * The young generation untk's analysis runs with. Every document makes many objects that live until the document
 * is done (its tokens, sentences and entities): with V8's default 16 MB semi-spaces, each scavenge copies them
 * while they are still in use. 64 MB semi-spaces let most of them be collected in place or copied once: about 4%
 * on the whole pipeline and 69% → 80-85% of raw jieba for `segment()` on 50 MB of Chinese (`pnpm run
 * bench:segment`), for up to 128 MB more memory per thread, the same for any corpus size.
 */
export const SEMI_SPACE_MB = 64;

/** Node flags for a process that runs untk's analysis (the bin starts Node with them). */
export const NODE_FLAGS: readonly string[] = [`--max-semi-space-size=${SEMI_SPACE_MB}`];

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
