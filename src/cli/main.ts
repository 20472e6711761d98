#!/usr/bin/env node
// The diplograph command line: parse arguments, call the library, print. Only here are errors caught:
// a DiplographError prints one line and exits 1 (2 for usage); anything else is a bug and keeps its stack.
// Every command is defined at start-up (for --help and usage errors), but a command's module imports what its
// action runs (extraction, knowledge, schemas, graphs) inside the action: loading all of it costs about a second,
// which --version, --help, a usage error or a query should not pay (tests/cli/startup.test.ts keeps it so).
import { Command, CommanderError } from 'commander';
import { DiplographError } from '../errors.js';
import { packageVersion } from '../paths.js';
import { redactUrls } from '../queue/url.js';
import { registerBuild } from './commands/build.js';
import { registerEval } from './commands/eval.js';
import { registerExplain } from './commands/explain.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerMerge } from './commands/merge.js';
import { registerNeighbours } from './commands/neighbours.js';
import { registerStats } from './commands/stats.js';
import { registerTimeline } from './commands/timeline.js';
import { registerView } from './commands/view.js';
import { registerWorker } from './commands/worker.js';

// A reader that stops early (`| head`) closes the pipe: the command then ends quietly with exit 0, as git and
// ripgrep do, instead of dying on EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command()
  .name('diplograph')
  .description('Turn international-relations news into a dated, sourced knowledge graph.')
  .version(packageVersion(), '-V, --version', 'print the version')
  .showHelpAfterError('see diplograph --help')
  .option('--debug', 'print the stack trace of an article that fails to read or extract')
  .exitOverride()
  // A usage error may quote a --queue URL: its password is taken out, as everywhere.
  .configureOutput({ writeErr: (text) => process.stderr.write(redactUrls(text)) })
  .hook('preAction', (command) => {
    // Read where the warning is made, on this thread and in workers started after this.
    if (command.opts<{ debug?: boolean }>().debug) process.env['DIPLOGRAPH_DEBUG'] = '1';
  });

registerBuild(program);
registerExtract(program);
registerMerge(program);
registerEval(program);
registerExplain(program);
registerNeighbours(program);
registerTimeline(program);
registerStats(program);
registerExport(program);
registerView(program);
registerWorker(program);
// A usage error is its one line and a pointer to the command's help, not the whole help.
for (const command of program.commands) command.showHelpAfterError(`see diplograph ${command.name()} --help`);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
  if (error instanceof DiplographError) {
    process.stderr.write(`diplograph: ${redactUrls(error.message)}\n`);
    process.exit(error.code === 'usage' ? 2 : 1);
  }
  throw error;
}
