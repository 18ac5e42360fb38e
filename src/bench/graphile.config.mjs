// PostGraphile 5 as src/bench/run starts it: `postgraphile -P postgraphile/presets/amber -C graphile.config.mjs`,
// the same as `-P postgraphile/presets/amber -c <url> -s public`, except that its connection pool is as large
// as Summit Graph's (node-postgres would keep 10 connections; the CLI has no flag for it).
import { makePgService } from "postgraphile/adaptors/pg";

const url = process.env.BENCH_PG_URL;
if (!url) throw new Error("BENCH_PG_URL (postgres://…) is not set");

export default {
  pgServices: [
    makePgService({
      connectionString: url,
      schemas: ["public"],
      poolConfig: { max: Number(process.env.BENCH_PG_POOL_SIZE ?? 16) },
    }),
  ],
};
