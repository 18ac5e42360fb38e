// GraphQL-over-HTTP audit of a running Summit Graph: node audit.mjs <base url>
// Prints one line per check that is not "ok", then a JSON summary as the last line:
// {"total":61,"ok":..,"warn":..,"error":..,"notOk":[{"id","name","status","reason"}]}
import { auditServer } from 'graphql-http';

const base = process.argv[2];
if (!base) {
  console.error('usage: node audit.mjs <base url of the application>');
  process.exit(2);
}
const url = new URL('graphql', base.endsWith('/') ? base : base + '/').toString();

const results = await auditServer({ url });
const count = (status) => results.filter((r) => r.status === status).length;
const notOk = results
  .filter((r) => r.status !== 'ok')
  .map((r) => ({ id: r.id, name: r.name, status: r.status, reason: r.reason }));
for (const r of notOk) {
  console.error(`[${r.status}] ${r.id} ${r.name}: ${r.reason}`);
}
console.log(JSON.stringify({ url, total: results.length, ok: count('ok'), warn: count('warn'), error: count('error'), notOk }));
