import { isCI } from 'ci-info';
import cliProgress from 'cli-progress';

/** A progress display for long runs; silent unless standard error is an interactive terminal. */
export interface Progress {
  tick(name: string): void;
  stop(): void;
}

interface MaybeTty {
  isTTY?: boolean;
  columns?: number;
}

/**
 * Is this stream a terminal a person watches? Not when piped or redirected, not in CI (ci-info), not on a
 * `TERM=dumb` terminal, and not when the terminal reports 0 columns.
 */
export function isInteractive(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv = process.env): boolean {
  const tty = stream as MaybeTty;
  return tty.isTTY === true && !isCI && env.TERM !== 'dumb' && (tty.columns ?? 0) > 0;
}

/** A bar on standard error (never standard output) counting documents, or nothing at all. */
export function createProgress(stream: NodeJS.WritableStream, total: number, label: string): Progress {
  if (!isInteractive(stream) || total < 2) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WriteStream,
      format: `${label} [{bar}] {value}/{total} {name}`,
      hideCursor: true,
      clearOnComplete: true,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { name: '' });
  return {
    tick: (name) => bar.increment(1, { name: name.length > 40 ? `…${name.slice(-39)}` : name }),
    stop: () => bar.stop(),
  };
}
