// Latency of one query answered in full (POST), over GET, over GET by persisted-query hash, and
// revalidated with If-None-Match (304, the query does not run), against a running application.
// Usage: node src/bench/http-cache.mjs [http://localhost:8080/graphql] [requests per kind]
import { createHash } from 'node:crypto';

const endpoint = process.argv[2] ?? 'http://localhost:8080/graphql';
const count = Number(process.argv[3] ?? 300);
const query = `query BenchSummits {
  summits(organization: "CSTO", first: 20) {
    nodes { id date title city { name } participants { role person { name } country { code } } }
  }
}`;
const hash = createHash('sha256').update(query).digest('hex');
const persisted = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });

async function timed(request) {
  const start = process.hrtime.bigint();
  const response = await request();
  await response.arrayBuffer();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, response };
}

async function run(name, request, expectedStatus) {
  for (let i = 0; i < 30; i++) await timed(request); // warm-up
  const times = [];
  for (let i = 0; i < count; i++) {
    const { ms, response } = await timed(request);
    if (response.status !== expectedStatus) throw new Error(`${name}: HTTP ${response.status}`);
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
  console.log(`${name.padEnd(28)} n=${count} p50=${at(0.5)} ms p95=${at(0.95)} ms p99=${at(0.99)} ms`);
}

const post = () => fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ query }) });
const get = () => fetch(`${endpoint}?query=${encodeURIComponent(query)}`);
const byHash = () => fetch(`${endpoint}?extensions=${encodeURIComponent(persisted)}`);

// registers the query for the hash-only requests
await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ query, extensions: JSON.parse(persisted) }) });
const etag = (await get()).headers.get('etag');
if (!etag) throw new Error('no ETag on the GET answer');
const revalidate = () => fetch(`${endpoint}?query=${encodeURIComponent(query)}`, { headers: { 'If-None-Match': etag } });

await run('POST, full answer', post, 200);
await run('GET, full answer', get, 200);
await run('GET by hash (APQ)', byHash, 200);
await run('GET If-None-Match (304)', revalidate, 304);
