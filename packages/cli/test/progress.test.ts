import { PassThrough } from 'node:stream';
import { isCI } from 'ci-info';
import { describe, expect, it } from 'vitest';
import { createProgress, isInteractive } from '../src/progress.js';

function stream(props: { isTTY?: boolean; columns?: number }): NodeJS.WritableStream {
  return Object.assign(new PassThrough(), props);
}

describe('progress bar', () => {
  it.each([
    [{}, {}, false],
    [{ isTTY: true, columns: 0 }, {}, false],
    [{ isTTY: true, columns: 80 }, { TERM: 'dumb' }, false],
    [{ isTTY: true, columns: 80 }, { TERM: 'xterm' }, !isCI],
  ])('stream %j with env %j is interactive: %s', (props, env, expected) => {
    expect(isInteractive(stream(props), env)).toBe(expected);
  });

  it('writes nothing to a pipe', () => {
    const s = stream({});
    let written = '';
    s.on('data', (c: Buffer) => (written += c.toString()));
    const p = createProgress(s, 10, 'untk report');
    for (let i = 0; i < 10; i++) p.tick(`doc${i}`);
    p.stop();
    expect(written).toBe('');
  });
});
