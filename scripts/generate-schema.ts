// Writes the JSON Schemas of the project and policy files, generated from the zod schemas, into policies/
// for editors (`# yaml-language-server: $schema=…`). CI (npm run check:generated) fails when the committed
// files differ. Run `npm run schema` after changing any schema under src/core/config or src/core/policy.
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedSchemaFiles } from '../src/core/config/json-schemas.js';

const root = new URL('..', import.meta.url).pathname;
for (const [name, text] of generatedSchemaFiles()) {
  const path = join(root, 'policies', name);
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  console.log(`wrote policies/${name}`);
}
