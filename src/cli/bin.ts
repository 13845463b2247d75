import { main } from './main.js';
import { commandsFor } from './commands/lazy.js';

// The process adapter: the only place that touches process.argv, the streams and the exit code.
const argv = process.argv.slice(2);
const code = await main(argv, {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: process.stderr.isTTY === true,
}, await commandsFor(argv));
process.exitCode = code;
