import { performance } from 'node:perf_hooks';

/**
 * How the time of `work` grows with the input: the best of `runs` timings at size n and at 4n, divided.
 * Linear work gives about 4, quadratic about 16. A ratio, not a wall-clock threshold, so a busy machine
 * does not make it flaky.
 */
export function growth(
  make: (size: number) => string,
  work: (input: string) => unknown,
  size: number,
  runs = 3,
): number {
  const time = (input: string) => {
    const t0 = performance.now();
    work(input);
    return performance.now() - t0;
  };
  const small = make(size);
  const large = make(size * 4);
  work(small); // warm up the JIT
  // The two sizes are timed in turn, so that other load on the machine weighs on both alike, and the fastest run
  // of each counts: a garbage collection inside one timing can double it. Up to three attempts.
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= 8; attempt++) {
    let fastSmall = Infinity;
    let fastLarge = Infinity;
    for (let i = 0; i < runs; i++) {
      fastLarge = Math.min(fastLarge, time(large));
      fastSmall = Math.min(fastSmall, time(small));
    }
    ratio = Math.min(ratio, fastLarge / Math.max(fastSmall, 0.5));
  }
  return ratio;
}

/** `unit` repeated to `size` code units. */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Adversarial inputs: one long run of what extractors and the normaliser look for. */
export const ADVERSARIAL: ReadonlyArray<[string, (size: number) => string]> = [
  ['第 repeated', (n) => repeatTo('第', n)],
  ['( repeated', (n) => repeatTo('(', n)],
  ['1373( repeated', (n) => repeatTo('1373(', n)],
  ['S/ repeated', (n) => repeatTo('S/', n)],
  ['a long digit run', (n) => repeatTo('1234567890', n)],
  ['resolutions 1 (1999), repeated', (n) => repeatTo('resolutions 1 (1999), ', n)],
  ['第1373(2001)、 repeated', (n) => repeatTo('第1373(2001)、', n)],
  ['short lines with hyphens', (n) => repeatTo('Organiza-\ntion S/RES/1 (2002)\n\f', n)],
  ['one 1 MB line of words', (n) => repeatTo('resolution 1373 (2001) ', n)],
];
