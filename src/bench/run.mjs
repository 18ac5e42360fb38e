// Summit Graph (the packaged JVM application) against PostGraphile 5 over the same database, measured
// from outside with wrk. Started by src/bench/run, which installs the pinned npm packages and runs this
// with Node 22; `src/bench/run --help` lists the options.
import { spawn, execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { StatementCounter } from "./statement-counter.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");

// the smoke's dataset: every shape has data (5 organizations × 20 summits, with the default members,
// participants, statements and documents), loaded in a second or two instead of half a minute
const SMOKE_SIZES = ["--organizations", "5", "--summits-per-organization", "20", "--people", "300"];

const HELP = `Usage: src/bench/run [options]
  --smoke                 CI's check that the benchmark runs cleanly, not a measurement: --warmup 1
                          --duration 2 --connections 1 and database summit_graph_bench_smoke (unless
                          given), where --load loads a small dataset: ${SMOKE_SIZES.join(" ")}.
                          Like every run, it exits non-zero on a failed check, a socket error, timeout,
                          non-2xx answer or GraphQL error, a measurement with no completed request,
                          or a WARN/ERROR line in the application's log (PostGraphile's: any line but
                          its known start-up notice), from start to shutdown
  --warmup S              seconds of warm-up before each measurement (default 5)
  --duration S            seconds measured (default 15)
  --connections LIST      wrk connections, comma-separated (default 1,8,32)
  --threads N             wrk threads, at most the connections (default 2)
  --shapes LIST           among ${"list,detail,members,people,nodes"} (default all)
  --servers LIST          sg (Summit Graph), pg (PostGraphile), or both (default sg,pg)
  --jvm-opts "OPTS"       JVM options of the application, e.g. "-Xmx256m"
  --app-env KEY=VALUE     an environment variable for the application (repeatable), e.g. SUMMIT_GRAPH_MAX_COST=20000
  --pool N                database connections of each server (default 16, the application's default)
  --db NAME               database (default summit_graph_bench); PGHOST, PGPORT, PGUSER, PGPASSWORD as usual
                          (defaults 127.0.0.1, 5432, summit_graph, summit_graph)
  --load                  load the dataset (src/bench/load-dataset, default sizes) when the database lacks it
  --check-all             check every request body before loading, not only the first 3 of each shape
  --out DIR               logs, bodies, SQL and results (default target/bench/<time>)
The application must be packaged first: ./mvnw package -DskipTests`;

// ---------------------------------------------------------------- options

function parseOptions(argv) {
  const given = { appEnv: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${arg} needs a value`);
      return argv[++i];
    };
    switch (arg) {
      case "--smoke": given.smoke = true; break;
      case "--load": given.load = true; break;
      case "--check-all": given.checkAll = true; break;
      case "--warmup": given.warmup = seconds(arg, value(), 0); break;
      case "--duration": given.duration = seconds(arg, value(), 1); break;
      case "--connections": given.connections = value().split(",").map((c) => seconds(arg, c, 1)); break;
      case "--threads": given.threads = seconds(arg, value(), 1); break;
      case "--shapes": given.shapes = value().split(","); break;
      case "--servers": given.servers = value().split(","); break;
      case "--jvm-opts": given.jvmOpts = value().split(/\s+/).filter(Boolean); break;
      case "--app-env": {
        const v = value();
        if (!/^[A-Z_][A-Z0-9_]*=/.test(v)) fail(`--app-env takes KEY=VALUE, not ${v}`);
        given.appEnv.push(v);
        break;
      }
      case "--pool": given.pool = seconds(arg, value(), 1); break;
      case "--db": given.db = value(); break;
      case "--out": given.out = path.resolve(value()); break;
      case "-h": case "--help": console.log(HELP); process.exit(0);
      default: fail(`unknown option ${arg}\n${HELP}`);
    }
  }
  const smoke = given.smoke === true;
  const o = {
    smoke,
    load: given.load === true,
    checkAll: given.checkAll === true,
    // the smoke's second of warm-up lets the cold JVM finish one request of a shape before the
    // measurement, which fails if none completes
    warmup: given.warmup ?? (smoke ? 1 : 5),
    duration: given.duration ?? (smoke ? 2 : 15),
    connections: given.connections ?? (smoke ? [1] : [1, 8, 32]),
    threads: given.threads ?? 2,
    shapes: given.shapes ?? Object.keys(SHAPES),
    servers: given.servers ?? ["sg", "pg"],
    jvmOpts: given.jvmOpts ?? [],
    appEnv: given.appEnv,
    pool: given.pool ?? 16,
    // the smoke's small dataset gets a database of its own, so that it never stands in for the real one
    db: given.db ?? (smoke ? "summit_graph_bench_smoke" : "summit_graph_bench"),
    out: given.out ?? path.join(root, "target", "bench", new Date().toISOString().replace(/[:.]/g, "-")),
  };
  for (const s of o.shapes) if (!SHAPES[s]) fail(`unknown shape ${s} (${Object.keys(SHAPES).join(", ")})`);
  for (const s of o.servers) if (!SERVERS[s]) fail(`unknown server ${s} (sg, pg)`);
  return o;
}

function seconds(option, text, min) {
  if (!/^\d+$/.test(text) || Number(text) < min) fail(`${option}: a whole number ≥ ${min}, not ${text}`);
  return Number(text);
}

function fail(message) {
  console.error(`run: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------- shapes
// Each shape: its variables (the same request for both servers where they take the same ones), what
// must be non-null, the lists whose sizes must be equal on both servers, and values that must be equal.
// Paths: `a.b[]` walks into the items of list b, `*` takes every field, `x|y` the first field present.

const SERVERS = { sg: "Summit Graph", pg: "PostGraphile" };

const SHAPES = {
  list: {
    variables: (p) => p.organizations.map((organization) => same({ organization })),
    sg: { root: "summits", counts: ["summits.nodes[]", "summits.nodes[].participants[]", "summits.nodes[].city"],
          values: ["summits.nodes[].id", "summits.nodes[].participants[].person.id"] },
    pg: { root: "allSummits", counts: ["allSummits.nodes[]", "allSummits.nodes[].participationsBySummitId.nodes[]",
          "allSummits.nodes[].cityByCityId"],
          values: ["allSummits.nodes[].rowId", "allSummits.nodes[].participationsBySummitId.nodes[].personByPersonId.rowId"] },
  },
  detail: {
    variables: (p) => p.summits.map((id) => same({ id })),
    sg: { root: "summit", counts: ["summit.participants[]", "summit.statements[]", "summit.statements[].quotes[]",
          "summit.statements[].proposals[]", "summit.documents[]", "summit.documents[].appointee", "summit.nextMeeting",
          "summit.sources[]"],
          values: ["summit.participants[].person.id", "summit.statements[].speaker.id", "summit.nextMeeting.id"] },
    pg: { root: "summitByRowId", counts: ["summitByRowId.participationsBySummitId.nodes[]",
          "summitByRowId.statementsBySummitId.nodes[]",
          "summitByRowId.statementsBySummitId.nodes[].statementQuotesByStatementId.nodes[]",
          "summitByRowId.statementsBySummitId.nodes[].statementProposalsByStatementId.nodes[]",
          "summitByRowId.documentsBySummitId.nodes[]", "summitByRowId.documentsBySummitId.nodes[].personByAppointeePersonId",
          "summitByRowId.summitByNextMeetingId", "summitByRowId.summitSourcesBySummitId.nodes[]"],
          values: ["summitByRowId.participationsBySummitId.nodes[].personByPersonId.rowId",
                   "summitByRowId.statementsBySummitId.nodes[].personByPersonId.rowId", "summitByRowId.summitByNextMeetingId.rowId"] },
  },
  members: {
    variables: (p) => p.organizations.map((code) => same({ code })),
    sg: { root: "organization", counts: ["organization.memberships[]", "organization.memberships[].history[]"],
          values: ["organization.memberships[].country.code", "organization.memberships[].history[].effective"] },
    pg: { root: "organizationByCode", counts: ["organizationByCode.membershipsByOrganizationCode.nodes[]",
          "organizationByCode.membershipsByOrganizationCode.nodes[].membershipChangesByMembershipId.nodes[]"],
          values: ["organizationByCode.membershipsByOrganizationCode.nodes[].countryByCountryCode.code",
                   "organizationByCode.membershipsByOrganizationCode.nodes[].membershipChangesByMembershipId.nodes[].effective"] },
  },
  people: {
    variables: (p) => p.countries.map((country) => same({ country })),
    sg: { root: "people", counts: ["people.nodes[]", "people.nodes[].positions[]", "people.nodes[].positions[].organization"],
          values: ["people.totalCount", "people.nodes[].id"] },
    pg: { root: "allPeople", counts: ["allPeople.nodes[]", "allPeople.nodes[].positionsByPersonId.nodes[]",
          "allPeople.nodes[].positionsByPersonId.nodes[].organizationByOrganizationCode"],
          values: ["allPeople.totalCount", "allPeople.nodes[].rowId"] },
  },
  nodes: {
    // 5 summits, 5 people, 5 statements, 5 documents: one `nodes(ids:)` against one aliased lookup each
    variables: (p) => p.nodeSets.map((set) => ({
      sg: { ids: [...set.summits, ...set.people, ...set.statements, ...set.documents] },
      pg: Object.fromEntries([
        ...set.summits.map((id, i) => [`s${i + 1}`, id]), ...set.people.map((id, i) => [`p${i + 1}`, id]),
        ...set.statements.map((id, i) => [`t${i + 1}`, id]), ...set.documents.map((id, i) => [`d${i + 1}`, id])]),
    })),
    sg: { root: "nodes", counts: ["nodes[]"], values: ["nodes[].id"], allNonNull: "nodes[]" },
    pg: { root: null, counts: ["*"], values: ["*.rowId|nodeId"], allNonNull: "*" },
  },
};

function same(variables) {
  return { sg: variables, pg: variables };
}

function walk(value, segments) {
  if (segments.length === 0) return [value];
  if (value == null || typeof value !== "object") return [];
  const [segment, ...rest] = segments;
  const list = segment.endsWith("[]");
  const name = list ? segment.slice(0, -2) : segment;
  let next;
  if (name === "*") next = Object.values(value);
  else {
    const key = name.split("|").find((k) => k in value);
    next = key === undefined ? [] : [value[key]];
  }
  const out = [];
  for (const v of next) {
    if (!list) out.push(...walk(v, rest));
    else if (Array.isArray(v)) for (const item of v) out.push(...walk(item, rest));
  }
  return out;
}

const at = (data, p) => walk(data, p.split("."));
const nonNull = (data, p) => at(data, p).filter((v) => v != null).length;

// ---------------------------------------------------------------- processes

const children = new Set();

function startProcess(name, command, args, options, logFile) {
  const log = fs.openSync(logFile, "a");
  const child = spawn(command, args, { ...options, stdio: ["ignore", log, log] });
  fs.closeSync(log);
  child.name = name;
  child.logFile = logFile;
  child.exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  children.add(child);
  child.exited.then(() => children.delete(child));
  return child;
}

async function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  await child.exited;
  clearTimeout(timer);
}

async function stopAll() {
  await Promise.all([...children].map(stopProcess));
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    console.error(`\nrun: ${signal}: stopping the servers`);
    await stopAll();
    process.exit(130);
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function rssMiB(pid) {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

function logTail(file, lines = 30) {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

function cpuTicks(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return null;
  }
}

// wrk leaves the requests in flight when it stops, and a server goes on with them: wait until it has
// answered them (the application counts them) and its CPU is nearly idle, so that its leftovers take
// nothing from the next measurement, of either server, nor meet the shutdown
async function settle(server) {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const deadline = Date.now() + 60_000;
  if (server.metrics) {
    while (Date.now() < deadline) {
      const text = await (await fetch(server.metrics)).text().catch(() => "");
      const active = /^http_server_active_requests\{[^}]*\} (\S+)/m.exec(text)?.[1];
      if (active === undefined || Number(active) <= 1) break; // 1: this request
      await sleep(100);
    }
  }
  const tick = 250;
  const hz = 100; // clock ticks per second on Linux
  for (let quiet = 0, before = cpuTicks(server.process.pid); quiet < 2 && Date.now() < deadline;) {
    await sleep(tick);
    const now = cpuTicks(server.process.pid);
    if (now === null || before === null) break;
    const busy = (now - before) / hz / (tick / 1000); // cores used
    quiet = busy < 0.1 ? quiet + 1 : 0;
    before = now;
  }
}

async function waitUntil(child, what, probe, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${child.name} stopped before it was ${what}; the end of ${child.logFile}:\n${logTail(child.logFile)}`);
    }
    try {
      if (await probe()) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${child.name} was not ${what} after ${seconds} s; the end of ${child.logFile}:\n${logTail(child.logFile)}`);
}

// ---------------------------------------------------------------- database

function pgEnv() {
  return {
    host: process.env.PGHOST ?? "127.0.0.1",
    port: Number(process.env.PGPORT ?? 5432),
    user: process.env.PGUSER ?? "summit_graph",
    password: process.env.PGPASSWORD ?? "summit_graph",
  };
}

// asynchronous, like everything this process waits for: the statement counters run in it, and the
// servers' traffic to the database would stall while it blocked
async function psql(db, sql) {
  const { host, port, user, password } = pgEnv();
  const { stdout } = await promisify(execFile)("psql",
    ["-X", "-At", "-v", "ON_ERROR_STOP=1", "-h", host, "-p", String(port), "-U", user, "-d", db, "-c", sql],
    { encoding: "utf8", env: { ...process.env, PGPASSWORD: password } });
  return stdout.split("\n").filter(Boolean);
}

async function datasetSizes(db) {
  const hasLog = (await psql(db, "select to_regclass('change_log') is not null"))[0] === "t";
  return hasLog ? (await psql(db, "select input::text from change_log where operation = 'loadBenchDataset' order by id limit 1"))[0] : undefined;
}

async function parameters(db) {
  const ids = (sql) => psql(db, sql);
  const organizations = await ids("select code from organization where code like 'BENCH-%' order by code");
  // per organization, its latest summit held with a city and a next meeting
  const summits = await ids(`select id from (select distinct on (organization_code) id, organization_code from summit
    where organization_code like 'BENCH-%' and status = 'HELD' and city_id is not null and next_meeting_id is not null
    order by organization_code, held_on desc) s order by organization_code`);
  const countries = await ids("select distinct country_code from person where id like 'bench-%' order by 1");
  const sample = (sql) => ids(`select id from (${sql}) s order by md5(id) limit 100`);
  const all = {
    summits: await sample("select id from summit where id like 'bench-%'"),
    people: await sample("select id from person where id like 'bench-%'"),
    statements: await sample("select node_id as id from statement where node_id like 'bench-%'"),
    documents: await sample("select node_id as id from document where node_id like 'bench-%'"),
  };
  const nodeSets = [];
  for (let i = 0; i + 5 <= Math.min(...Object.values(all).map((a) => a.length)); i += 5) {
    nodeSets.push(Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.slice(i, i + 5)])));
  }
  return { organizations, summits, countries, nodeSets };
}

// ---------------------------------------------------------------- servers

function appServer(o, port, dbPort) {
  const jar = path.join(root, "target", "quarkus-app", "quarkus-run.jar");
  const { host, user, password } = pgEnv();
  const env = {
    ...process.env,
    PORT: String(port),
    QUARKUS_HTTP_HOST: "127.0.0.1",
    DB_URL: `jdbc:postgresql://${host === "localhost" ? "127.0.0.1" : host}:${dbPort}/${o.db}`,
    DB_USER: user,
    DB_PASSWORD: password,
    DB_POOL_MAX_SIZE: String(o.pool),
    // the dev key: editing on, so that the start logs no WARN about a missing key (no mutation is sent)
    JWT_PUBLIC_KEY_LOCATION: path.join(root, "src", "dev", "jwt", "public-key.pem"),
    // every wrk connection is the same client (127.0.0.1): a budget it never reaches, so that the rate
    // limit is measured (each operation is still charged) without being the bottleneck; --app-env overrides it
    SUMMIT_GRAPH_COST_PER_MINUTE: "2000000000",
  };
  for (const kv of o.appEnv) {
    const i = kv.indexOf("=");
    env[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return {
    key: "sg",
    url: `http://127.0.0.1:${port}/graphql`,
    metrics: `http://127.0.0.1:${port}/q/metrics`,
    start(logFile) {
      this.process = startProcess("Summit Graph", "java", [...o.jvmOpts, "-jar", jar], { cwd: root, env }, logFile);
      return waitUntil(this.process, "ready", async () => (await fetch(`http://127.0.0.1:${port}/q/health/ready`)).ok, 120);
    },
  };
}

function postGraphileServer(o, port, dbPort) {
  const { host, user, password } = pgEnv();
  const env = {
    ...process.env,
    GRAPHILE_ENV: "production",
    NODE_ENV: "production",
    BENCH_PG_URL: `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${dbPort}/${o.db}`,
    BENCH_PG_POOL_SIZE: String(o.pool),
  };
  const cli = path.join(here, "node_modules", "postgraphile", "dist", "cli-run.js");
  return {
    key: "pg",
    url: `http://127.0.0.1:${port}/graphql`,
    start(logFile) {
      this.process = startProcess("PostGraphile", process.execPath,
        [cli, "-P", "postgraphile/presets/amber", "-C", "graphile.config.mjs", "-p", String(port), "-n", "127.0.0.1"],
        { cwd: here, env }, logFile);
      return waitUntil(this.process, "ready", async () => {
        const answer = await post(this.url, JSON.stringify({ query: "{ __typename }" }));
        return answer.status === 200 && answer.json?.data?.__typename === "Query";
      }, 120);
    },
  };
}

async function post(url, body) {
  let response;
  try {
    response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body });
  } catch (e) {
    // fetch says only "fetch failed"; the cause (refused, reset, closed) is what tells what happened
    throw new Error(`POST ${url}: ${e.message}${e.cause ? ` (${e.cause.code ?? ""} ${e.cause.message ?? e.cause})` : ""}`);
  }
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json };
}

// ---------------------------------------------------------------- checks before loading

function checkAnswer(server, shape, answer) {
  const problems = [];
  const spec = SHAPES[shape][server];
  if (answer.status !== 200) problems.push(`HTTP ${answer.status}`);
  if (!answer.json) problems.push("no JSON answer");
  else {
    if (answer.json.errors) problems.push(`errors: ${JSON.stringify(answer.json.errors).slice(0, 500)}`);
    if (!answer.json.data) problems.push("no data");
    else if (spec.root && answer.json.data[spec.root] == null) problems.push(`data.${spec.root} is null`);
    else if (spec.allNonNull && at(answer.json.data, spec.allNonNull).some((v) => v == null)) problems.push("a node is null");
  }
  return problems.map((p) => `${SERVERS[server]}, ${shape}: ${p}`);
}

function compareAnswers(shape, answers, variables) {
  const problems = [];
  const [sg, pg] = [answers.sg.json.data, answers.pg.json.data];
  const s = SHAPES[shape];
  s.sg.counts.forEach((p, i) => {
    const a = nonNull(sg, p);
    const b = nonNull(pg, s.pg.counts[i]);
    if (a !== b) problems.push(`${shape} ${JSON.stringify(variables.sg)}: ${a} × ${p} from Summit Graph, ${b} × ${s.pg.counts[i]} from PostGraphile`);
  });
  s.sg.values.forEach((p, i) => {
    const a = JSON.stringify(at(sg, p));
    const b = JSON.stringify(at(pg, s.pg.values[i]));
    if (a !== b) problems.push(`${shape} ${JSON.stringify(variables.sg)}: ${p} differs: ${a.slice(0, 200)} vs ${b.slice(0, 200)}`);
  });
  return problems;
}

async function checkShapes(o, servers, counters, bodies) {
  const problems = [];
  const stats = {};
  for (const shape of o.shapes) {
    stats[shape] = {};
    const n = o.checkAll ? bodies[shape].length : Math.min(3, bodies[shape].length);
    for (let i = 0; i < n; i++) {
      const answers = {};
      for (const server of servers) {
        const counter = counters[server.key];
        counter.reset();
        const answer = await post(server.url, bodies[shape][i][server.key]);
        answers[server.key] = answer;
        const st = (stats[shape][server.key] ??= { data: [], control: [], bytes: [] });
        st.data.push(counter.data);
        st.control.push(counter.control);
        st.bytes.push(Buffer.byteLength(answer.text));
        if (i === 0) {
          const control = [...counter.controlWords].map(([word, n]) => `${word || "(empty: connection check)"} ×${n}`).join(", ");
          fs.writeFileSync(path.join(o.out, "sql", `${server.key}-${shape}.sql`),
            `-- ${SERVERS[server.key]}, ${shape}, ${bodies[shape][i][server.key].length} bytes of request: ${counter.data}`
            + ` data statements, and ${control || "no other statement"}\n\n` + counter.texts.map((t) => `${t};\n`).join("\n"));
        }
        problems.push(...checkAnswer(server.key, shape, answer));
      }
      if (answers.sg?.json?.data && answers.pg?.json?.data) {
        problems.push(...compareAnswers(shape, answers, bodies[shape][i].variables));
      }
    }
  }
  return { problems, stats };
}

// ---------------------------------------------------------------- wrk

function runWrk(o, server, shape, connections, secs) {
  const file = path.join(o.out, "bodies", `${server.key}-${shape}.jsonl`);
  const args = ["-t", String(Math.min(o.threads, connections)), "-c", String(connections), "-d", `${secs}s`,
    "--timeout", "10s", "-s", path.join(here, "graphql.lua"), server.url, "--", file];
  return new Promise((resolve, reject) => {
    const wrk = spawn("wrk", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    wrk.stdout.on("data", (d) => (out += d));
    wrk.stderr.on("data", (d) => (err += d));
    wrk.on("error", reject);
    wrk.on("exit", (code) => {
      const line = out.trim().split("\n").filter((l) => l.startsWith("{")).pop();
      if (code !== 0 || !line) reject(new Error(`wrk ${args.join(" ")} failed (${code}): ${err}${out}`));
      else resolve(JSON.parse(line));
    });
  });
}

// ---------------------------------------------------------------- logs

// the lines an application logged at WARN or ERROR (JSON logs in production)
function appProblems(file) {
  const text = fs.readFileSync(file, "utf8");
  return text.split("\n").filter((l) => /"level":"(WARN|WARNING|ERROR|FATAL)"/.test(l) || /^\S+ \S+ (WARN|ERROR)/.test(l));
}

// PostGraphile prints nothing once serving, except this notice of its schema build: its Relay `Node`
// interface and the `node` table want the same type name, so the table gets no type (nothing measured uses it)
const POSTGRAPHILE_NOTICE = [/^Recoverable error occurred; use envvar 'DEBUG="graphile-build:warn"'/,
  /^> Error: A type naming conflict has occurred - two entities have tried to define the same type 'Node'/];

function postGraphileLines(file) {
  return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim())
    .filter((l) => !/^Server listening on port/.test(l) && !POSTGRAPHILE_NOTICE.some((re) => re.test(l)));
}

// read once the servers have stopped: their whole logs, start, load and shutdown included
function logProblems(servers, phase) {
  return servers.filter((s) => s.process).flatMap((s) => (s.key === "sg"
    ? appProblems(s.process.logFile).map((l) => `Summit Graph logged (${phase}): ${l}`)
    : postGraphileLines(s.process.logFile).map((l) => `PostGraphile printed (${phase}): ${l}`)));
}

// ---------------------------------------------------------------- report

function statementsText(st) {
  if (!st) return "-";
  const range = (a) => (Math.min(...a) === Math.max(...a) ? `${a[0]}` : `${Math.min(...a)}-${Math.max(...a)}`);
  return `${range(st.data)} (+${range(st.control)})`;
}

function errorsText(r) {
  const socket = r.connect + r.read + r.write + r.timeout;
  const total = r.non2xx + socket + r.graphql_errors;
  return total === 0 ? "0" : `${total} (http ${r.non2xx}, socket ${socket}, graphql ${r.graphql_errors})`;
}

function printTable(rows) {
  const header = ["shape", "conns", "server", "req/s", "p50 ms", "p99 ms", "errors", "SQL/req", "RSS MiB", "SG/PG"];
  const lines = rows.map((r) => [r.shape, String(r.connections), SERVERS[r.server], r.rps.toFixed(1),
    (r.p50_us / 1000).toFixed(1), (r.p99_us / 1000).toFixed(1), errorsText(r), r.sql, r.rss == null ? "-" : r.rss.toFixed(0),
    r.ratio == null ? "" : `${r.ratio >= 1 ? r.ratio.toFixed(2) : r.ratio.toPrecision(2)}x`]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i >= 3 && i !== 6 && i !== 7 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  console.log(fmt(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const l of lines) console.log(fmt(l));
}

// ---------------------------------------------------------------- main

// what makes the run fail, gathered as it goes
const failures = [];

async function main() {
  const o = parseOptions(process.argv.slice(2));
  const jar = path.join(root, "target", "quarkus-app", "quarkus-run.jar");
  if (o.servers.includes("sg") && !fs.existsSync(jar)) fail(`${jar} is missing: build it with ./mvnw package -DskipTests`);
  try {
    execFileSync("wrk", ["-v"], { stdio: "ignore" });
  } catch (e) {
    if (e.code === "ENOENT") fail("wrk is missing (Debian: apt-get install wrk)");
  }
  try {
    await psql(o.db, "select 1");
  } catch {
    const { host, port, user } = pgEnv();
    fail(`cannot reach database ${o.db} as ${user} at ${host}:${port}; create it as a superuser: createdb -O ${user} ${o.db}`);
  }
  for (const dir of ["sql", "bodies"]) fs.mkdirSync(path.join(o.out, dir), { recursive: true });
  const dbPort = pgEnv().port;

  console.log(`Summit Graph vs PostGraphile ${JSON.parse(fs.readFileSync(path.join(here, "node_modules", "postgraphile", "package.json"))).version}`
    + ` (Node ${process.versions.node}), database ${o.db}; wrk ${o.threads} threads, ${o.warmup} s warm-up, ${o.duration} s measured`
    + `, connections ${o.connections.join(", ")}; pool ${o.pool} each; JVM options: ${o.jvmOpts.join(" ") || "(none)"}`
    + `${o.appEnv.length ? `; application env: ${o.appEnv.join(" ")}` : ""}`);
  console.log(`Output: ${o.out}`);

  // 1. Checks, with each server behind a statement counter.
  const counters = { sg: new StatementCounter("127.0.0.1", dbPort, ["summit-graph change listener"]), pg: new StatementCounter("127.0.0.1", dbPort) };
  const proxyPorts = { sg: await counters.sg.listen(), pg: await counters.pg.listen() };
  const make = { sg: appServer, pg: postGraphileServer };
  let servers = [];
  let checks;
  try {
    // the application first: it migrates the database as it starts
    for (const key of [...o.servers].sort((a, b) => (a === "sg" ? -1 : b === "sg" ? 1 : 0))) {
      const server = make[key](o, await freePort(), proxyPorts[key]);
      servers.push(server);
      await server.start(path.join(o.out, `${key}-check.log`));
      if (servers.length === 1) {
        let sizes = await datasetSizes(o.db);
        if (!sizes && o.load) {
          const args = ["--db", o.db, ...(o.smoke ? SMOKE_SIZES : [])];
          console.log(`Loading the dataset (src/bench/load-dataset ${args.join(" ")})…`);
          const load = spawn(path.join(here, "load-dataset"), args, { stdio: "inherit" });
          const code = await new Promise((resolve) => load.on("exit", resolve));
          if (code !== 0) throw new Error(`src/bench/load-dataset failed (exit ${code})`);
          sizes = await datasetSizes(o.db);
        }
        if (!sizes) {
          throw new Error(`${o.db} has no bench dataset: run src/bench/load-dataset --db ${o.db} (after the application has migrated it), or pass --load`);
        }
        console.log(`Dataset: ${sizes}`);
      }
    }
    const p = await parameters(o.db);
    const bodies = {};
    for (const shape of o.shapes) {
      const queries = Object.fromEntries(servers.map((s) =>
        [s.key, fs.readFileSync(path.join(here, "queries", s.key === "sg" ? "summit-graph" : "postgraphile", `${shape}.graphql`), "utf8")]));
      bodies[shape] = SHAPES[shape].variables(p).map((variables) => ({
        variables,
        ...Object.fromEntries(servers.map((s) => [s.key, JSON.stringify({ query: queries[s.key], variables: variables[s.key] })])),
      }));
      if (bodies[shape].length === 0) throw new Error(`no parameters for ${shape}: is the dataset loaded?`);
      for (const s of servers) {
        fs.writeFileSync(path.join(o.out, "bodies", `${s.key}-${shape}.jsonl`), bodies[shape].map((b) => b[s.key]).join("\n") + "\n");
      }
    }
    checks = await checkShapes(o, servers, counters, bodies);
    for (const shape of o.shapes) {
      const parts = servers.map((s) => {
        const st = checks.stats[shape][s.key];
        return `${SERVERS[s.key]} ${statementsText(st)} SQL, ${(st.bytes.reduce((a, b) => a + b, 0) / st.bytes.length / 1024).toFixed(1)} KiB`;
      });
      console.log(`Checked ${shape} (${checks.stats[shape][servers[0].key].data.length} requests): ${parts.join("; ")}`);
    }
    if (checks.problems.length) {
      for (const problem of checks.problems) console.error(`CHECK FAILED: ${problem}`);
      throw new Error(`${checks.problems.length} check(s) failed: nothing was measured`);
    }
  } finally {
    await stopAll();
    await counters.sg.close();
    await counters.pg.close();
    failures.push(...logProblems(servers, "checks"));
  }

  // 2. Measurements, each server straight on the database, started again.
  servers = [];
  const rows = [];
  try {
    // both at once: the database is migrated, and nothing is measured before both are ready
    for (const key of o.servers) servers.push(make[key](o, await freePort(), dbPort));
    await Promise.all(servers.map((server) => server.start(path.join(o.out, `${server.key}.log`))));
    let turn = 0;
    for (const shape of o.shapes) {
      for (const connections of o.connections) {
        // the servers alternate; which one goes first alternates too
        const order = turn++ % 2 === 0 ? servers : [...servers].reverse();
        const results = {};
        for (const server of order) {
          if (o.warmup > 0) {
            const w = await runWrk(o, server, shape, connections, o.warmup);
            await settle(server);
            const we = w.non2xx + w.connect + w.read + w.write + w.timeout + w.graphql_errors;
            if (we) failures.push(`${SERVERS[server.key]}, ${shape}, ${connections} connections: ${we} error(s) during the warm-up (${errorsText(w)})`);
          }
          const r = await runWrk(o, server, shape, connections, o.duration);
          await settle(server);
          r.rps = r.requests / (r.duration_us / 1e6);
          r.rss = rssMiB(server.process.pid);
          if (server.process.exitCode !== null || server.process.signalCode !== null) {
            throw new Error(`${SERVERS[server.key]} stopped during ${shape}; the end of its log:\n${logTail(server.process.logFile)}`);
          }
          const errors = r.non2xx + r.connect + r.read + r.write + r.timeout + r.graphql_errors;
          if (errors) failures.push(`${SERVERS[server.key]}, ${shape}, ${connections} connections: ${errorsText(r)}`);
          // wrk counts only the answers that arrive in time: none at all proves nothing
          if (r.requests === 0) failures.push(`${SERVERS[server.key]}, ${shape}, ${connections} connections: no request completed in ${o.duration} s`);
          results[server.key] = r;
          process.stderr.write(`  ${shape} × ${connections} ${SERVERS[server.key]}: ${r.rps.toFixed(1)} req/s\n`);
        }
        for (const server of servers) {
          const r = results[server.key];
          rows.push({ shape, connections, server: server.key, ...r, sql: statementsText(checks.stats[shape][server.key]),
            ratio: server.key === "sg" && results.pg ? r.rps / results.pg.rps : null });
        }
      }
    }
  } finally {
    await stopAll();
    failures.push(...logProblems(servers, "measurements"));
  }

  console.log("");
  printTable(rows);
  console.log(`\nSQL/req: statements that read or write data per request, counted on the wire (PostgreSQL protocol) during the checks;`
    + ` in brackets the transaction control, session settings and connection checks around them.`
    + ` RSS: the server process's VmRSS after the measurement. SG/PG: Summit Graph's req/s over PostGraphile's.`);
  fs.writeFileSync(path.join(o.out, "results.json"), JSON.stringify({ options: o, checks: checks.stats, rows, failures }, null, 2));
  if (failures.length) {
    console.error(`\n${failures.length} problem(s):`);
    for (const f of failures.slice(0, 50)) console.error(`  ${f}`);
    process.exit(1);
  }
}

main().catch(async (e) => {
  console.error(`run: ${e.message}`);
  await stopAll();
  // what the servers logged often says why
  for (const f of failures.slice(0, 50)) console.error(`  ${f}`);
  process.exit(1);
});
