import type { Command } from 'commander';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Score extraction against a corpus folder holding articles/ and gold*.json')
    .argument('<corpus-dir>', 'corpus folder')
    .option('--json', 'print the report as JSON')
    .option('--details', 'list missed and extra items per article')
    .action(async (dir: string, opts: { json?: boolean; details?: boolean }) => {
      const { evaluate, formatReport } = await import('../../eval/evaluate.js');
      const { loadKnowledge } = await import('../../knowledge/load.js');
      const { formatWarning } = await import('../../errors.js');
      const report = await evaluate(dir, loadKnowledge());
      // An article whose extraction failed is scored as giving nothing; say which, one line each.
      for (const w of report.warnings) if (w.code === 'extraction_failed') process.stderr.write(`${formatWarning(w)}\n`);
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, { details: opts.details ?? false })}\n`);
    });
}
