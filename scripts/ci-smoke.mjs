// Asks the running server one question over REST and one over the websocket, as a user would.
import WebSocket from 'ws';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';

function fail(message) {
  console.error(`smoke: ${message}`);
  process.exit(1);
}

const response = await fetch(`${base}/api/ask`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ question: 'How many health assessments did IOM perform in 2009?' }),
});
if (!response.ok) fail(`REST ask answered ${response.status}: ${await response.text()}`);
const answer = await response.json();
console.log(`REST: ${answer.answer}`);
for (const c of answer.citations) console.log(`  [${c.n}] ${c.ref}`);
if (answer.abstained || answer.citations.length === 0) fail('REST answer abstained or cites nothing');

const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/ws`);
const frames = [];
await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('websocket answer timed out')), 30_000);
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data));
    frames.push(frame.type);
    if (frame.type === 'ready') ws.send(JSON.stringify({ type: 'ask', id: 'smoke-1', question: 'What was the IDM theme for 2007?' }));
    if (frame.type === 'error') reject(new Error(`error frame: ${frame.code} ${frame.message}`));
    if (frame.type === 'answer-end') {
      clearTimeout(timer);
      console.log(`WS: ${frame.answer}`);
      for (const c of frame.citations) console.log(`  [${c.n}] ${c.ref}`);
      resolve();
    }
  });
  ws.on('error', reject);
}).catch((error) => fail(error.message));
ws.close();
if (!frames.includes('answer-start') || !frames.includes('answer-delta')) fail(`stream incomplete: ${frames.join(',')}`);
console.log(`smoke: ok (${frames.join(' → ')})`);
