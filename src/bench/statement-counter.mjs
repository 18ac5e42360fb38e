// A TCP proxy in front of PostgreSQL that counts the SQL statements its clients run, read from the
// frontend messages of the wire protocol: a simple Query, or an Execute of the statement its portal
// was bound to (Parse, Bind, Execute). src/bench/run puts one in front of each server while it
// checks the answers, then starts the servers again without it, so that it never adds to the
// latency measured. It declines TLS (the traffic must be readable; it stays on the loopback).
import net from "node:net";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const PROTOCOL_3 = 196608;

// statements that only frame the work: transactions, session settings, the pool's validation
const CONTROL = new Set(["", "begin", "start", "commit", "end", "rollback", "savepoint", "release", "set",
  "reset", "show", "discard", "deallocate", "listen", "unlisten"]);

function cstring(buffer, offset) {
  const end = buffer.indexOf(0, offset);
  return [buffer.toString("utf8", offset, end), end + 1];
}

function firstWord(sql) {
  return sql.replace(/^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "").split(/[\s(;]/, 1)[0].toLowerCase();
}

export class StatementCounter {
  /** @param ignoredApplications application_name values whose connections are not counted */
  constructor(targetHost, targetPort, ignoredApplications = []) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.ignored = new Set(ignoredApplications);
    this.reset();
    this.sockets = new Set();
    this.server = net.createServer((client) => this.#connection(client));
  }

  listen() {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => resolve(this.server.address().port));
    });
  }

  /** Counts from now on: data statements, control statements (by first word), and the data statements' SQL. */
  reset() {
    this.data = 0;
    this.control = 0;
    this.controlWords = new Map();
    this.texts = [];
  }

  close() {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  #count(sql, counted) {
    if (!counted) return;
    const word = firstWord(sql);
    if (CONTROL.has(word)) {
      this.control++;
      this.controlWords.set(word, (this.controlWords.get(word) ?? 0) + 1);
    } else {
      this.data++;
      this.texts.push(sql.trim());
    }
  }

  #connection(client) {
    const upstream = net.connect(this.targetPort, this.targetHost);
    this.sockets.add(client);
    this.sockets.add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
    upstream.on("data", (chunk) => client.write(chunk));

    let pending = Buffer.alloc(0);
    let started = false;
    let counted = true;
    const statements = new Map(); // prepared statement name -> SQL
    const portals = new Map(); // portal name -> SQL
    client.on("data", (chunk) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      const forward = [];
      for (;;) {
        if (!started) {
          // untyped messages: SSLRequest, GSSENCRequest, CancelRequest, StartupMessage
          if (pending.length < 8) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          const code = pending.readInt32BE(4);
          const message = pending.subarray(0, length);
          pending = pending.subarray(length);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
            client.write("N");
            continue;
          }
          if (code === PROTOCOL_3) {
            started = true;
            const parameters = message.toString("utf8", 8, length).split("\0");
            for (let i = 0; i + 1 < parameters.length; i += 2) {
              if (parameters[i] === "application_name" && this.ignored.has(parameters[i + 1])) counted = false;
            }
          }
          forward.push(message);
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) break;
        const type = String.fromCharCode(pending[0]);
        const body = pending.subarray(5, 1 + length);
        forward.push(pending.subarray(0, 1 + length));
        pending = pending.subarray(1 + length);
        if (type === "Q") {
          // a simple query may hold several statements (split naively: enough for what servers send)
          const parts = cstring(body, 0)[0].split(";").filter((part) => part.trim());
          if (parts.length === 0) this.#count("", counted);
          for (const part of parts) this.#count(part, counted);
        } else if (type === "P") {
          const [name, next] = cstring(body, 0);
          statements.set(name, cstring(body, next)[0]);
        } else if (type === "B") {
          const [portal, next] = cstring(body, 0);
          portals.set(portal, statements.get(cstring(body, next)[0]) ?? "");
        } else if (type === "E") {
          this.#count(portals.get(cstring(body, 0)[0]) ?? "", counted);
        }
      }
      if (forward.length) upstream.write(forward.length === 1 ? forward[0] : Buffer.concat(forward));
    });
  }
}
