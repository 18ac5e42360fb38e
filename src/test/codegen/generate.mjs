// graphql-codegen and tsc --strict on a running Summit Graph, as a front end would use them:
//   node generate.mjs <base url of the application> <README.md> <output folder>
// 1. the README's example operations (its ```graphql blocks) are written to <output>/operations.graphql;
// 2. graphql-codegen introspects <base url>/graphql and generates, into separate files as its docs advise,
//    the schema's types (typescript: <output>/generated/schema.ts) and the operations' types
//    (typescript-operations with the import-types preset: <output>/generated/operations.ts), with
//    strictScalars (a scalar without a mapping fails), Date and DateTime mapped to string and _Any to an object;
// 3. tsc --strict type-checks both files and usage.ts, a client's use of them.
// Prints what it did, then a JSON summary as the last line: {"operations":[..],"scalars":[..],"tsc":0}
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';

const [base, readme, output] = process.argv.slice(2);
if (!base || !readme || !output) {
  console.error('usage: node generate.mjs <base url of the application> <README.md> <output folder>');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(output);
const readmeFile = resolve(readme);
// graphql-codegen loads its plugins and presets from the working directory's node_modules
process.chdir(here);
const url = new URL('graphql', base.endsWith('/') ? base : base + '/').toString();

// 1. the README's operations, as written there
const blocks = [...readFileSync(readmeFile, 'utf8').matchAll(/^```graphql\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
if (blocks.length === 0) {
  console.error(`no \`\`\`graphql block in ${readmeFile}`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'generated'), { recursive: true });
writeFileSync(join(out, 'operations.graphql'), blocks.join('\n'));
const operations = blocks.flatMap((b) => [...b.matchAll(/^(?:query|mutation|subscription)\s+(\w+)/gm)].map((m) => m[1]));

// 2. graphql-codegen
// _Any: a federation gateway's entity representations (Query._entities), objects with a __typename
const scalars = { Date: 'string', DateTime: 'string', _Any: 'Record<string, unknown>' };
await generate(
  {
    schema: url,
    documents: join(out, 'operations.graphql'),
    config: { strictScalars: true, scalars },
    generates: {
      [join(out, 'generated', 'schema.ts')]: { plugins: ['typescript'] },
      [join(out, 'generated', 'operations.ts')]: {
        preset: 'import-types',
        presetConfig: { typesPath: './schema' },
        plugins: ['typescript-operations'],
      },
    },
    silent: true,
  },
  true,
);
const schemaTs = readFileSync(join(out, 'generated', 'schema.ts'), 'utf8');
const scalarBlock = schemaTs.match(/export type Scalars = \{([\s\S]*?)\n\};/);
const generatedScalars = scalarBlock ? [...scalarBlock[1].matchAll(/^\s+(\w+): \{/gm)].map((m) => m[1]) : [];
console.log(`generated ${join(out, 'generated')}: schema.ts (scalars ${generatedScalars.join(', ')}), operations.ts`);

// 3. tsc --strict on the generated files and a client's use of them
copyFileSync(join(here, 'usage.ts'), join(out, 'usage.ts'));
const tsc = join(here, 'node_modules', 'typescript', 'bin', 'tsc');
let status = 0;
try {
  const printed = execFileSync(process.execPath, [tsc, '--strict', '--noEmit', '--noUnusedLocals', '--target', 'es2022',
    '--module', 'esnext', '--moduleResolution', 'bundler',
    join(out, 'generated', 'schema.ts'), join(out, 'generated', 'operations.ts'), join(out, 'usage.ts')], { encoding: 'utf8' });
  if (printed.trim()) console.log(printed);
} catch (e) {
  status = e.status ?? 1;
  console.error(`tsc --strict failed (exit ${status}):\n${e.stdout ?? ''}${e.stderr ?? ''}`);
}
console.log(JSON.stringify({ url, operations, scalars: generatedScalars, tsc: status }));
