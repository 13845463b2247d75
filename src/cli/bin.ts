import { main } from './main.js';

// The process adapter: the only place that touches process.argv, the streams and the exit code.
const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: process.stderr.isTTY === true,
});
process.exitCode = code;
