import type { Command } from 'commander';
import { formatWarning, InputError, type Warning } from '../../errors.js';
import { parseIsoDate } from '../options.js';

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('Show, sentence by sentence, the mentions found, the triggers fired and the edges kept or dropped, with reasons')
    .argument('<article>', 'an article file (or - for stdin)')
    .option('--published <date>', 'publication date (YYYY-MM-DD), overriding what the text says', parseIsoDate)
    .action(async (path: string, opts: { published?: string }) => {
      const { extract } = await import('../../extract/pipeline.js');
      const { readInputs } = await import('../../extract/read/index.js');
      const { loadKnowledge } = await import('../../knowledge/load.js');
      const knowledge = loadKnowledge();
      let explained = 0;
      let problem: Warning | undefined;
      for await (const result of readInputs([path], opts.published ? { published: opts.published } : {})) {
        for (const w of result.warnings) process.stdout.write(`${formatWarning(w)}\n`);
        const article = result.article;
        if (!article) { problem ??= result.warnings[0]; continue; }
        explained++;
        const x = extract(article, knowledge, { trace: true });
        const out: string[] = [`article ${article.id}  published ${article.published ?? 'unknown'} (${article.publishedBasis})  title ${JSON.stringify(article.title)}`];
        if (article.publishedReason) out.push(`  published ${article.published} ${article.publishedReason}`);
        for (const sentence of x.sentences) {
          const s = sentence.index;
          const mentions = x.mentions.filter((m) => m.sentence === s);
          const traces = x.traces.filter((t) => t.sentence === s);
          const edges = (x.fragment?.edges ?? []).filter((e) => e.provenance.some((p) => p.sentence === s));
          if (mentions.length === 0 && traces.length === 0) continue;
          out.push('', `[${s}] ${clip(article.text.slice(sentence.start, sentence.end), 160)}`);
          for (const m of mentions) out.push(`    ${m.kind.padEnd(9)} ${JSON.stringify(m.text).padEnd(40)} → ${m.candidates.join(' | ') || '?'}  (${m.via}, ${m.by})`);
          for (const t of traces) out.push(`    · ${t.stage}: ${t.message}`);
          for (const e of edges) out.push(`    edge ${e.type} ${e.source} → ${e.target} ${e.date ?? ''} (${e.datePrecision})`);
        }
        out.push('', `nodes ${x.fragment?.nodes.length ?? 0}, edges ${x.fragment?.edges.length ?? 0}`);
        process.stdout.write(`${out.join('\n')}\n`);
      }
      if (explained === 0) throw new InputError(problem?.file ?? path, `nothing to explain: ${problem?.message ?? 'no article read'}`);
    });
}
