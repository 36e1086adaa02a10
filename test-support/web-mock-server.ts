/**
 * A stand-in assistant server for the web client's tests: serves a built web/dist, speaks
 * websocket protocol v1 (every frame it sends is checked with `serverFrameSchema`), answers from a
 * three-paragraph fixture by word overlap, and lets a test drop connections, refuse upgrades or
 * push arbitrary frames. Origins are checked like the real server: same-origin or allow-listed.
 */
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify from 'fastify';
import type { WebSocket } from 'ws';
import type { Passage } from '../ingest/types';
import { isOriginAllowed } from '../server/origin-policy';
import { clientFrameSchema, serverFrameSchema, type AskFrame, type Citation, type ServerFrame } from '../server/protocol';

const DOC = { source: 'fixture.txt', title: 'Fixture report on migration services', symbol: 'MC/TEST/1', date: '2007-11-01' };
const PARAGRAPHS = [
  'Resettlement services moved refugees to third countries. Health checks were completed before departure.',
  'Labour migration programmes expanded in Asia. Bilateral agreements protected migrant workers.',
  'Counter-trafficking work assisted victims to return home. Shelters offered medical care.',
];

function fixturePassages(): { text: string; passages: Passage[] } {
  let text = `${DOC.title}\n\n`;
  const passages: Passage[] = PARAGRAPHS.map((paragraph, i) => {
    const start = text.length;
    text += `${i + 1}. ${paragraph}\n\n`;
    return { ...DOC, id: `fixture#${i + 1}`, sectionPath: ['II. Programmes', `Point ${i + 1}`], paragraph: String(i + 1), page: null, start, end: start + paragraph.length + 3, text: `${i + 1}. ${paragraph}` };
  });
  return { text, passages };
}

const words = (s: string) => new Set((s.toLowerCase().match(/[a-z]{4,}/g) ?? []));

export type WebMockOptions = {
  distDir: string;
  allowedOrigins?: string[];
  /** Delay between answer-delta frames. */
  chunkDelayMs?: number;
};

export type WebMockServer = {
  url: string;
  /** Asks received, in order. */
  asks: AskFrame[];
  /** The conversation id each ask was answered in (an unknown or missing id starts a new one, as on the real server). */
  conversationOf: Map<string, string>;
  resets: string[];
  /** Closes every open websocket (code 1012, like a restart). */
  dropConnections(): void;
  /** While false, websocket upgrades are answered 503 (server overloaded/restarting). */
  setAccepting(accepting: boolean): void;
  /** The next ask is answered with an error frame carrying its id. */
  failNextAsk(code: string, message: string): void;
  /** The next ask is read as this standalone question (as the server rewrites a follow-up), and answered from it. */
  readNextAskAs(standaloneQuestion: string): void;
  /** Sends a raw string to every open socket (for malformed-frame tests). */
  broadcastRaw(data: string): void;
  close(): Promise<void>;
};

export async function startWebMockServer(options: WebMockOptions): Promise<WebMockServer> {
  const { text, passages } = fixturePassages();
  const allowed = options.allowedOrigins ?? [];
  const sockets = new Set<WebSocket>();
  const asks: AskFrame[] = [];
  const resets: string[] = [];
  const conversations = new Set<string>();
  const conversationOf = new Map<string, string>();
  let accepting = true;
  let nextFailure: { code: string; message: string } | null = null;
  let nextReading: string | null = null;
  const app = Fastify({ logger: false });

  const originOk = (origin: string | undefined, host: string | undefined) => isOriginAllowed(origin, host, allowed);

  app.addHook('onRequest', async (request, reply) => {
    const { origin, host } = request.headers;
    if (origin && originOk(origin, host)) {
      reply.header('access-control-allow-origin', origin);
      reply.header('vary', 'origin');
    }
  });
  await app.register(fastifyWebsocket);
  await app.register(fastifyStatic, { root: options.distDir, wildcard: false, index: 'index.html' });

  app.get('/healthz', async () => ({ status: 'ok', documents: 1, passages: passages.length, embedder: 'mock', builtAt: '2026-01-01T00:00:00Z' }));
  app.get<{ Params: { id: string } }>('/api/passages/:id', async (request, reply) => {
    if (!originOk(request.headers.origin, request.headers.host)) return reply.code(403).send({ code: 'ORIGIN_NOT_ALLOWED', message: 'origin' });
    const index = passages.findIndex((p) => p.id === request.params.id);
    if (index < 0) return reply.code(404).send({ code: 'PASSAGE_NOT_FOUND', message: `No passage with id "${request.params.id}"` });
    return { passage: passages[index], neighbours: passages.slice(Math.max(0, index - 1), index + 2), document: { ...DOC, session: null } };
  });

  app.get('/ws', {
    websocket: true,
    onRequest: async (request, reply) => {
      if (!originOk(request.headers.origin, request.headers.host)) return reply.code(403).send({ code: 'ORIGIN_NOT_ALLOWED', message: 'origin' });
      if (!accepting) return reply.code(503).send({ code: 'UNAVAILABLE', message: 'restarting' });
    },
  }, (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const send = (frame: ServerFrame) => {
      serverFrameSchema.parse(frame); // the mock must never send what the real server could not
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
    };
    send({ type: 'ready', protocol: 1, documents: 1, passages: passages.length, embedder: 'mock' });
    socket.on('message', (data) => {
      const parsed = clientFrameSchema.safeParse(JSON.parse(String(data)));
      if (!parsed.success) return send({ type: 'error', id: null, code: 'BAD_FRAME', message: parsed.error.issues[0].message });
      const frame = parsed.data;
      if (frame.type === 'reset') {
        resets.push(frame.conversationId);
        conversations.delete(frame.conversationId);
        return send({ type: 'reset-done', conversationId: frame.conversationId });
      }
      asks.push(frame);
      if (nextFailure) {
        const { code, message } = nextFailure;
        nextFailure = null;
        return send({ type: 'error', id: frame.id, code, message });
      }
      let conversationId = frame.conversationId;
      if (!conversationId || !conversations.has(conversationId)) {
        conversationId = `mock-conversation-${conversationOf.size + 1}`;
        conversations.add(conversationId);
      }
      conversationOf.set(frame.id, conversationId);
      const standaloneQuestion = nextReading ?? frame.question;
      nextReading = null;
      void answer({ ...frame, conversationId, standaloneQuestion }, send, passages, text, options.chunkDelayMs ?? 15);
    });
  });

  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('expected a TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    asks,
    conversationOf,
    resets,
    dropConnections: () => sockets.forEach((s) => s.close(1012, 'restart')),
    setAccepting: (value) => (accepting = value),
    failNextAsk: (code, message) => (nextFailure = { code, message }),
    readNextAskAs: (standaloneQuestion) => (nextReading = standaloneQuestion),
    broadcastRaw: (data) => sockets.forEach((s) => s.send(data)),
    close: async () => {
      sockets.forEach((s) => s.terminate());
      await app.close();
    },
  };
}

function citationFor(p: Passage, n: number, sourceText: string, sentence: string | null): Citation {
  const quote = sentence ?? p.text;
  const start = sourceText.indexOf(quote, p.start);
  return {
    n, passageId: p.id, source: p.source, title: p.title, symbol: p.symbol, date: p.date, sectionPath: p.sectionPath,
    paragraph: p.paragraph, page: p.page, quote, start, end: start + quote.length, score: 1 / n,
    ref: `${p.symbol} — ${p.sectionPath.join(' › ')} — ¶ ${p.paragraph}`,
  };
}

type ReadAsk = AskFrame & { conversationId: string; standaloneQuestion: string };

async function answer(frame: ReadAsk, send: (f: ServerFrame) => void, passages: Passage[], sourceText: string, delayMs: number) {
  const { conversationId, standaloneQuestion } = frame;
  const q = words(standaloneQuestion);
  const hits = passages.filter((p) => [...words(p.text)].some((w) => q.has(w)));
  if (frame.mode === 'excerpts') {
    return send({ type: 'excerpts', id: frame.id, conversationId, standaloneQuestion, excerpts: hits.map((p, i) => citationFor(p, i + 1, sourceText, null)) });
  }
  send({ type: 'answer-start', id: frame.id, conversationId, standaloneQuestion });
  const citations = hits.map((p, i) => citationFor(p, i + 1, sourceText, p.text.replace(/^\d+\. /, '').split('. ')[0] + '.'));
  const abstained = citations.length === 0;
  const answerText = abstained
    ? 'The reports do not say.'
    : citations.map((c) => `${c.quote.replace(/\.$/, '')} [${c.n}].`).join(' ');
  for (let i = 0; i < answerText.length; i += 7) {
    send({ type: 'answer-delta', id: frame.id, text: answerText.slice(i, i + 7) });
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  send({
    type: 'answer-end', id: frame.id, conversationId, question: frame.question, standaloneQuestion,
    answer: answerText, citations, abstained, related: abstained ? [citationFor(passages[0], 1, sourceText, null)] : undefined,
    timings: { retrieveMs: 1, composeMs: 1, totalMs: 2 },
  });
}
