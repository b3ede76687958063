/** `npm run scan -- [--demonyms] FILE...` (see scripts/lib/scan-cli.ts). */
import { runScan } from './lib/scan-cli';

const code = await runScan(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = code;
