// relay-compiler over the served schema, then every generated query run against the service.
// Usage: node compile.mjs <base URL of the running service>. Prints a JSON summary on its last line.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const base = new URL(process.argv[2] ?? 'http://localhost:8080/');
const work = mkdtempSync(join(tmpdir(), 'summit-graph-relay-'));
const failures = [];

async function graphql(text, variables) {
  const response = await fetch(new URL('graphql', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: text, variables }),
  });
  return { status: response.status, body: await response.json() };
}

try {
  const schema = await (await fetch(new URL('graphql/schema.graphql', base))).text();
  writeFileSync(join(work, 'schema.graphql'), schema);
  cpSync(join(here, 'src'), join(work, 'src'), { recursive: true });
  mkdirSync(join(work, '__generated__'));
  writeFileSync(join(work, 'relay.config.json'), JSON.stringify({
    src: './src', schema: './schema.graphql', language: 'javascript', artifactDirectory: './__generated__',
  }));
  const compiler = join(here, 'node_modules', 'relay-compiler', 'cli.js');
  console.log(execFileSync(process.execPath, [compiler], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));

  // the artifacts are ES modules importing each other without extensions: their operation text is read,
  // as a client's persisted-query step does, from the request parameters each query artifact holds
  const requests = {};
  const params = /"name":\s*"(\w+)",\s*"operationKind":\s*"query",\s*"text":\s*("(?:[^"\\]|\\.)*")/;
  for (const file of readdirSync(join(work, '__generated__'))) {
    const found = params.exec(readFileSync(join(work, '__generated__', file), 'utf8'));
    if (found) {
      requests[found[1]] = JSON.parse(found[2]);
    }
  }

  // ids of every Node type in the dataset, and the variables of the pagination queries
  const refetch = {
    RefetchSummitQuery: 'csto-2025-11-27-bishkek', RefetchOrganizationQuery: 'csto', RefetchCountryQuery: 'country-kg',
    RefetchMembershipQuery: 'csto-membership-kg', RefetchPersonQuery: 'vladimir-putin',
    RefetchStatementQuery: 'csto-2025-11-27-bishkek-statement-1', RefetchDocumentQuery: 'csto-2025-11-27-bishkek-document-6',
    RefetchCityQuery: 'bishkek', RefetchSourceQuery: 'tass-archive-678014', RefetchExerciseQuery: 'interaction',
  };
  const runs = [];
  async function run(name, variables, check) {
    const text = requests[name];
    if (!text) {
      failures.push(`${name}: not generated`);
      return null;
    }
    const { status, body } = await graphql(text, variables);
    runs.push(name);
    if (status !== 200 || body.errors || !body.data) {
      failures.push(`${name} ${JSON.stringify(variables)}: HTTP ${status} ${JSON.stringify(body.errors ?? body)}`);
      return null;
    }
    if (check) {
      const problem = check(body.data);
      if (problem) failures.push(`${name} ${JSON.stringify(variables)}: ${problem}`);
    }
    return body.data;
  }

  for (const [name, id] of Object.entries(refetch)) {
    await run(name, { id }, (data) => (data.node?.id === id ? null : `node(id) gave ${JSON.stringify(data.node)}`));
  }

  // forward, then backward from the last page, through the refetch query usePaginationFragment sends
  const all = await run('SummitListQuery', { code: 'CSTO', first: 100 });
  const ids = all?.organization?.summits?.edges?.map((e) => e.node.id) ?? [];
  if (ids.length < 4) failures.push(`SummitListQuery: only ${ids.length} summits`);
  const first = await run('SummitListPaginationQuery', { id: 'csto', first: 2 });
  const next = await run('SummitListPaginationQuery', { id: 'csto', first: 2, after: first?.node.summits.pageInfo.endCursor },
    (d) => (JSON.stringify(d.node.summits.edges.map((e) => e.node.id)) === JSON.stringify(ids.slice(2, 4))
      && d.node.summits.pageInfo.hasPreviousPage ? null : 'second page forward is not summits 3 and 4'));
  const end = await run('SummitListPaginationQuery', { id: 'csto', last: 2 },
    (d) => (JSON.stringify(d.node.summits.edges.map((e) => e.node.id)) === JSON.stringify(ids.slice(-2))
      && d.node.summits.pageInfo.hasPreviousPage ? null : 'last page is not the last two summits'));
  await run('SummitListPaginationQuery', { id: 'csto', last: 2, before: end?.node.summits.pageInfo.startCursor },
    (d) => (JSON.stringify(d.node.summits.edges.map((e) => e.node.id)) === JSON.stringify(ids.slice(-4, -2))
      ? null : 'the page before the last is not the two summits before them'));
  const participants = await run('SummitParticipantsPaginationQuery', { id: 'csto-2025-11-27-bishkek', first: 3 },
    (d) => (d.node.participantsConnection.edges.length === 3 ? null : 'not three participants'));
  await run('SummitParticipantsPaginationQuery',
    { id: 'csto-2025-11-27-bishkek', first: 3, after: participants?.node.participantsConnection.pageInfo.endCursor });
  const statements = await run('SummitParticipantsStatementsPaginationQuery', { id: 'csto-2025-11-27-bishkek', last: 2 });
  await run('SummitParticipantsStatementsPaginationQuery',
    { id: 'csto-2025-11-27-bishkek', last: 2, before: statements?.node.statementsConnection.pageInfo.startCursor });
  void next;

  const generated = Object.keys(requests).sort();
  console.log(JSON.stringify({ generated, ran: runs.length, failures }));
} catch (error) {
  console.log(String(error.stdout ?? '') + String(error.stderr ?? ''));
  console.log(JSON.stringify({ generated: [], ran: 0, failures: [String(error.message ?? error)] }));
} finally {
  rmSync(work, { recursive: true, force: true });
}
