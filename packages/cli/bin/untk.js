#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { missingNodeFlags } from '../dist/heap.js';

// V8's heap sizes can only be set when Node starts: started without untk's (see src/heap.ts), the bin starts
// Node again with them, once (the second process has them), passing on its arguments, standard streams, exit
// status and the signals that stop it.
const missing = missingNodeFlags(process.execArgv, process.env.NODE_OPTIONS);
if (missing.length > 0) {
  const script = fileURLToPath(import.meta.url);
  // The listeners go in before the second Node starts: a signal that came between the start and the listeners
  // would end this process at once and leave the second one running. JavaScript sees a signal only once this
  // code has run, so `child` is set by then.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  let child;
  const forward = (signal) => child.kill(signal);
  for (const s of signals) process.on(s, forward);
  child = spawn(process.execPath, [...missing, ...process.execArgv, script, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  child.on('error', (err) => {
    process.stderr.write(`untk: could not start Node: ${err.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
} else {
  const { main } = await import('../dist/main.js');
  // A reader that stops early (`untk extract … | head`) closes the pipe: that ends the run quietly, with status
  // 0, instead of an error and a stack (the rest of the output has no one to read it, so the work stops here).
  process.stdout.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  process.exitCode = await main(process.argv);
}
