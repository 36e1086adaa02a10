/**
 * Hand-written fakes for the server's swappable parts (index, composer, rewriter). Each records
 * its calls so tests can assert what the server asked for. Deterministic and fast.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { DocumentMeta, Passage } from '../ingest/types';
import type { AnswerComposer, ComposedAnswer } from '../server/answer';
import type { SourceSpan } from '../server/answer';
import type { FollowUpRewriter } from '../server/follow-up';
import type { Citation } from '../server/protocol';
import type { CorpusIndex, IndexManifest } from '../vectors/corpus-index';
import type { RetrieveOptions, ScoredPassage } from '../vectors/types';

type FakeDocument = { meta: DocumentMeta; paragraphs: string[] };

const FAKE_DOCUMENTS: FakeDocument[] = [
  {
    meta: { source: 'alpha.txt', title: 'Strategy report', symbol: 'MC/INF/900', date: '2007-11-01', session: 'Ninety-fourth' },
    paragraphs: [
      'The Organization adopted a twelve point strategy to guide migration management.',
      'Point one concerns secure, reliable and cost effective services for migrants.',
      'Labour migration programmes grew in Asia during 2007 with new bilateral agreements.',
      'Counter trafficking activities assisted victims with return and reintegration.',
      'Health assessments for resettling refugees were carried out in many countries.',
      'Emergency response teams deployed to natural disasters within days.',
    ],
  },
  {
    meta: { source: 'beta.txt', title: 'Budget review', symbol: null, date: null, session: null },
    paragraphs: [
      'The programme budget for 2008 increased compared with the previous year.',
      'Member States contributed to the operational support income.',
      'Staff security costs were covered by a dedicated mechanism.',
      'Remittances research examined the development impact of migration.',
    ],
  },
];

const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);

/** A small two-document index whose retrieval scores word overlap; `retrieveCalls` records each query. */
export class FakeCorpusIndex implements CorpusIndex {
  readonly manifest: IndexManifest;
  readonly documents: (DocumentMeta & { passages: number })[];
  readonly passages: Passage[] = [];
  readonly retrieveCalls: { query: string; options?: RetrieveOptions }[] = [];
  /** Set to make the next retrievals fail (tests the INTERNAL path). */
  failWith: Error | null = null;
  private readonly texts = new Map<string, string>();

  constructor(documents: FakeDocument[] = FAKE_DOCUMENTS) {
    for (const { meta, paragraphs } of documents) {
      let text = `${meta.title}\n\n`;
      paragraphs.forEach((paragraph, i) => {
        const start = text.length;
        text += `${i + 1}. ${paragraph}`;
        this.passages.push({ ...meta, id: `${meta.source}#${i + 1}`, sectionPath: ['Part I'], paragraph: String(i + 1), page: null, start, end: text.length, text: text.slice(start) });
        text += '\n\n';
      });
      this.texts.set(meta.source, text);
    }
    this.documents = documents.map(({ meta, paragraphs }) => ({ ...meta, passages: paragraphs.length }));
    this.manifest = {
      formatVersion: 1,
      embedder: { id: 'fake-embedder', dimension: 8 },
      vectorIndex: 'fake',
      builtAt: '2026-01-01T00:00:00.000Z',
      files: Object.fromEntries(this.documents.map((d) => [d.source, { sha256: 'x', passages: d.passages }])),
      documents: this.documents.length,
      passages: this.passages.length,
    };
  }

  async retrieve(query: string, options?: RetrieveOptions): Promise<ScoredPassage[]> {
    this.retrieveCalls.push({ query, options });
    if (this.failWith) throw this.failWith;
    const q = words(query);
    return this.passages
      .map((passage) => {
        const overlap = [...words(passage.text)].filter((w) => q.has(w)).length;
        return { passage, score: overlap / Math.max(1, q.size) };
      })
      .filter((hit) => hit.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, options?.k ?? 8);
  }

  getPassage(id: string) {
    return this.passages.find((p) => p.id === id);
  }

  neighbours(id: string, radius: number): Passage[] {
    const passage = this.getPassage(id);
    if (!passage) return [];
    const same = this.passages.filter((p) => p.source === passage.source);
    const at = same.indexOf(passage);
    return same.slice(Math.max(0, at - radius), at + radius + 1);
  }

  sourceText(source: string): string {
    const text = this.texts.get(source);
    if (text === undefined) throw new Error(`unknown source ${source}`);
    return text;
  }
}

export function fakeCitation(passage: Passage, n: number, score: number): Citation {
  const { id: passageId, source, title, symbol, date, sectionPath, paragraph, page, start, end, text } = passage;
  const ref = `${symbol ?? title} — ${sectionPath.join(' › ')} — ¶ ${paragraph}`;
  return { n, passageId, source, title, symbol, date, sectionPath, paragraph, page, quote: text, start, end, score, ref };
}

/** Answers with the top passage's text and one marker; abstains when nothing was retrieved. */
export class FakeComposer implements AnswerComposer {
  readonly calls: { question: string; retrieved: ScoredPassage[]; focus: readonly SourceSpan[]; asked?: string }[] = [];

  compose(input: { question: string; retrieved: ScoredPassage[]; index: CorpusIndex; focus?: readonly SourceSpan[]; asked?: string }): ComposedAnswer {
    this.calls.push({ question: input.question, retrieved: input.retrieved, focus: input.focus ?? [], asked: input.asked });
    const top = input.retrieved[0];
    if (!top) return { answer: 'The reports do not answer this question.', citations: [], abstained: true, related: [] };
    const sentence = top.passage.text.replace(/^\d+\.\s*/, '');
    return { answer: `${sentence.replace(/\.$/, '')} [1].`, citations: [fakeCitation(top.passage, 1, top.score)], abstained: false, related: [] };
  }
}

/** Rewrites a follow-up by appending the previous standalone question; records the history it saw. */
export class FakeRewriter implements FollowUpRewriter {
  readonly calls: { historyLength: number; question: string }[] = [];

  rewrite(history: { question: string; standaloneQuestion: string }[], question: string): string {
    this.calls.push({ historyLength: history.length, question });
    const previous = history.at(-1);
    return previous ? `${question} (following: ${previous.standaloneQuestion})` : question;
  }
}

/** A logger that drops everything, for pieces tested without Fastify. */
export const silentLogger: FastifyBaseLogger = {
  level: 'silent',
  fatal: () => {},
  error: () => {},
  warn: () => {},
  info: () => {},
  debug: () => {},
  trace: () => {},
  silent: () => {},
  child: () => silentLogger,
} as unknown as FastifyBaseLogger;
