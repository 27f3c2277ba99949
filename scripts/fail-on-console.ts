import { beforeEach } from 'vitest';

// Library packages never print; only the CLI talks to the terminal. Make any console call a test failure.
const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

beforeEach(() => {
  for (const m of methods) {
    console[m] = (...args: unknown[]) => {
      throw new Error(`library code called console.${m}(${args.map(String).join(', ')})`);
    };
  }
});
