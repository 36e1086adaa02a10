import { describe, expect, it } from 'vitest';
import { scenarioResults } from '../../test-support/eval-scenario';
import { formatFailures } from './format-failures';
import { formatReadmeBlock, formatReport } from './format-report';
import { markdownTable } from './markdown-table';
import { README_END, README_START, replaceReadmeBlock } from './readme-block';

describe('markdownTable', () => {
  it('aligns columns and escapes pipes', () => {
    expect(markdownTable(['a', 'b'], [['x|y', '1']], ['l', 'r'])).toBe('| a | b |\n| --- | ---: |\n| x\\|y | 1 |');
  });
});

describe('formatReport', async () => {
  const { results, questions } = await scenarioResults();
  const report = formatReport(results);

  it('has one section per split with a retrieval row per system and the answer metrics', () => {
    expect(report).toContain('## dev (3 items: 3 answerable questions, 1 of them follow-up second turns; 1 unanswerable)');
    expect(report).toContain('## test (2 items');
    expect(report).toContain('| system \\| A | 0.667 | 1.000 | 0.833 | 1.000 | 1.000 | 0.000 |');
    expect(report).toContain('| not run | – | – | – | – | – | – |');
    expect(report).toContain('| fact recall | 0.500 | 3 answerable questions |');
    expect(report).toContain('| wrong abstention (lower is better) | 0.333 | 3 answerable questions |');
    expect(report).toContain('| follow-up turn 2 fact recall | – | 0 second turns |');
    expect(report).toContain('Embedder `fake` (8-d)');
    expect(report).not.toContain('## Thresholds');
  });

  it('adds the threshold table when the run was checked', () => {
    const checked = formatReport({
      ...results,
      check: { split: 'test', passed: false, results: [{ metric: 'answers.factRecall', bound: 'min', threshold: 0.9, value: 0.5, pass: false }] },
    });
    expect(checked).toContain('## Thresholds (test)');
    expect(checked).toContain('| answers.factRecall | 0.500 | ≥ 0.9 | FAIL |');
  });

  it('lists dev failures by kind', () => {
    const failures = formatFailures(questions.filter((q) => q.split === 'dev'), 'a');
    expect(failures).toContain('## Retrieval misses at 5 (0)');
    expect(failures).toContain('## Wrong abstentions (1)');
    expect(failures).toContain('**f1 turn 2**: And what funded deployments? → searched as: What funded deployments to Haiti?');
    expect(failures).toContain('## Answers missing gold facts (1)');
    expect(failures).toContain('missing: “Africa”');
    const test = formatFailures(questions.filter((q) => q.split === 'test'), 'a');
    expect(test).toContain('## Retrieval misses at 5 (1)');
    expect(test).toContain('## Unanswerable items answered (1)');
    expect(test).toMatch(/“Staff training covered procurement rules and security procedures\.” \[1\]: coverage 0\.00/);
  });

  it('builds the README block and puts it between the markers, keeping the rest', () => {
    const block = formatReadmeBlock(results);
    expect(block).toContain('### dev');
    const readme = `# Title\n\nintro\n\n${README_START}\nold tables\n${README_END}\n\nrest\n`;
    const updated = replaceReadmeBlock(readme, block);
    expect(updated.startsWith('# Title\n\nintro\n\n<!-- eval:start -->\n')).toBe(true);
    expect(updated).not.toContain('old tables');
    expect(updated.endsWith(`${README_END}\n\nrest\n`)).toBe(true);
    expect(replaceReadmeBlock(updated, block)).toBe(updated);
  });

  it('refuses a README without exactly one pair of markers in order', () => {
    for (const readme of ['no markers', `${README_END}\n${README_START}`, `${README_START}${README_START}${README_END}`]) {
      expect(() => replaceReadmeBlock(readme, 'x')).toThrow(expect.objectContaining({ code: 'EVAL_README_MARKERS' }));
    }
  });
});
