// Reads an OpenAPI document (JSON file, argv[2]) and prints the TypeScript openapi-fetch uses.
// Run by test/browser/api-schema.e2e-spec.ts (the staleness check and `npm run generate:api`);
// a separate process because openapi-typescript is an ES module Jest cannot load.
import { readFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

const HEADER =
  "/**\n * Generated from the server's OpenAPI document by `npm run generate:api`. Do not edit:\n" +
  ' * `npm test` fails when this file no longer matches the server.\n */\n\n';

const document = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const ast = await openapiTS(document, { alphabetize: true });
// Formatted with the project's Prettier settings, so formatting the file never makes it stale.
const target = new URL('../src/lib/api/schema.d.ts', import.meta.url).pathname;
const options = (await prettier.resolveConfig(target)) ?? {};
process.stdout.write(
  await prettier.format(HEADER + astToString(ast), { ...options, parser: 'typescript' }),
);
