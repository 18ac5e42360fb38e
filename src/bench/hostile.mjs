// What the small hostile requests of issue 11 cost a running application now: for each, the answer
// (status, code), the time to it, and the process's resident memory before and after.
// Usage (Node 22, e.g. src/bench/node_modules/.bin/node after src/bench/run installed it):
//   node src/bench/hostile.mjs http://localhost:8080/graphql <pid of the application>
import { readFileSync } from 'node:fs';

const endpoint = process.argv[2] ?? 'http://localhost:8080/graphql';
const pid = process.argv[3];

const rssMiB = () => pid
  ? Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]) / 1024
  : NaN;

async function post(body, headers = {}) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

function codes(text) {
  try {
    const errors = JSON.parse(text).errors ?? [];
    return [...new Set(errors.map((e) => e.extensions?.code ?? 'no code'))].join(',') || 'data';
  } catch {
    return `not JSON: ${text.slice(0, 40)}`;
  }
}

async function measure(name, send) {
  const before = rssMiB();
  const start = process.hrtime.bigint();
  const { status, text } = await send();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`${name.padEnd(44)} ${String(status).padEnd(4)} ${codes(text).padEnd(24)} `
    + `${ms.toFixed(1).padStart(8)} ms  RSS ${before.toFixed(0)} -> ${rssMiB().toFixed(0)} MiB`);
}

function fanOut(levels, fan) {
  let document = 'query Fan { summits(first: 3) { nodes { ...F0 } } }';
  for (let level = 0; level < levels; level++) {
    document += `\nfragment F${level} on Summit { id ${`...F${level + 1} `.repeat(fan)}}`;
  }
  return `${document}\nfragment F${levels} on Summit { id date }`;
}

/** Subscribes {@code count} times on one socket; resolves once every refusal came back, or after 30 s. */
function subscriptions(count) {
  return new Promise((resolve) => {
    const socket = new WebSocket(endpoint.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const refusals = {};
    let refused = 0;
    let start;
    const before = rssMiB();
    const done = () => {
      socket.close();
      resolve({ text: `${count - refused} running, refused: ${JSON.stringify(refusals)}`,
        ms: Number(process.hrtime.bigint() - start) / 1e6, rss: `${before.toFixed(0)} -> ${rssMiB().toFixed(0)}` });
    };
    const timer = setTimeout(done, 30_000);
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    socket.onmessage = ({ data }) => {
      const message = JSON.parse(data);
      if (message.type === 'connection_ack') {
        start = process.hrtime.bigint();
        for (let i = 0; i < count; i++) {
          socket.send(JSON.stringify({ id: String(i), type: 'subscribe', payload: {
            query: 'subscription { summitChanged(organization: "CSTO") { id } }' } }));
        }
      } else if (message.type === 'error') {
        const code = message.payload?.[0]?.extensions?.code ?? 'no code';
        refusals[code] = (refusals[code] ?? 0) + 1;
        if (++refused === count - 20) {
          clearTimeout(timer);
          done();
        }
      }
    };
  });
}

console.log('request'.padEnd(44), 'HTTP code'.padEnd(29), 'time', '       memory');
await measure('fragment fan-out, 10 x 12 levels', () => post({ query: fanOut(12, 10) }));
await measure('fragment fan-out, 8 x 8 levels', () => post({ query: fanOut(8, 8) }));
await measure('nodes(ids:) with 6,000 ids in a variable', () => post({
  query: 'query Many($ids: [ID!]!) { nodes(ids: $ids) { id } }',
  variables: { ids: Array.from({ length: 6000 }, (_, i) => `csto-${i}`) } }));
await measure('search text of 13.5 KB repeated words', () => post({
  query: 'query Find($text: String!) { search(text: $text) { score } }',
  variables: { text: 'sécurité collective '.repeat(700) } }));
await measure('Accept-Language: ;', () => post({ query: '{ organization(code: "CSTO") { name } }' },
  { 'Accept-Language': ';' }));
await measure('Int literal 4294967297', () => post({ query: '{ summits(first: 4294967297) { totalCount } }' }));
await measure('deep introspection', () => post({
  query: `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }` }));
const { text, ms, rss } = await subscriptions(5000);
console.log(`${'5,000 subscriptions on one WebSocket'.padEnd(44)} 101  ${text}  ${ms.toFixed(0)} ms  RSS ${rss} MiB`);
