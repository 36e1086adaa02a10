/**
 * The follow-up rewriter on 80 two-turn conversations a helper wrote from the reports without seeing the eval
 * questions or the rewriter's code (`follow-up-probe.json`: first question, follow-up, the standalone question a
 * careful reader would write, and the style). Not an eval: there are no gold passages, and "intended" is one wording
 * of many. Prints how many rewrites equal the intended question (articles and punctuation aside) and writes every
 * rewrite beside its intended question for reading.
 *
 *   npx tsx test-support/follow-up-probe.ts [--out .tmp/follow-up-probe.txt]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createFollowUpRewriter } from '../server/follow-up';

type ProbeItem = { first: string; followUp: string; intended: string; style: string };

const at = process.argv.indexOf('--out');
const out = at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : '.tmp/follow-up-probe.txt';
const items = JSON.parse(readFileSync(path.join(import.meta.dirname, 'follow-up-probe.json'), 'utf8')) as ProbeItem[];
const rewriter = createFollowUpRewriter();
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/\b(?:the|a|an)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();

let equal = 0;
const lines = items.map((item, i) => {
  const first = { question: item.first, standaloneQuestion: item.first, answer: '', citations: [] };
  const got = rewriter.rewrite([first], item.followUp);
  const same = normalise(got) === normalise(item.intended);
  if (same) equal++;
  return `${same ? 'OK' : '--'} #${i} [${item.style}]\n   1: ${item.first}\n   2: ${item.followUp}\n   want: ${item.intended}\n   got:  ${got}`;
});
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${equal}/${items.length} rewrites equal the intended question (articles and punctuation aside); all in ${out}`);
