#!/usr/bin/env node
import { main } from '../dist/main.js';

// A reader that stops early (`untk extract … | head`) closes the pipe: that ends the run quietly, with status 0,
// instead of an error and a stack (the rest of the output has no one to read it, so the work stops here).
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await main(process.argv);
