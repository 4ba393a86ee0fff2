/** Drafts statements from source texts; see src/importer/cli.ts for the options. */
import { main } from '../src/importer/cli.ts';

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
