// Generates the SDK's wire types from the OpenAPI contract.
//   node scripts/gen-types.mjs          write src/generated/openapi.ts
//   node scripts/gen-types.mjs --check  exit 1 when the committed file is stale (run by `pnpm test`)
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';

const contractUrl = new URL('../openapi/yika.openapi.yaml', import.meta.url);
const outputPath = fileURLToPath(new URL('../src/generated/openapi.ts', import.meta.url));

const header = `/* eslint-disable */
// GENERATED FILE: do not edit by hand.
// Source: packages/sdk/openapi/yika.openapi.yaml; regenerate with \`pnpm gen\`.
`;

const ast = await openapiTS(contractUrl, { exportType: true, alphabetize: false });
const raw = header + astToString(ast);
const prettierConfig = (await prettier.resolveConfig(outputPath)) ?? {};
const generated = await prettier.format(raw, { ...prettierConfig, filepath: outputPath });

if (process.argv.includes('--check')) {
  const committed = await readFile(outputPath, 'utf8').catch(() => '');
  if (committed !== generated) {
    console.error(
      'src/generated/openapi.ts is stale: the contract changed. Run `pnpm gen` and commit the result.',
    );
    process.exit(1);
  }
  console.log('Generated wire types are up to date with the contract.');
} else {
  await writeFile(outputPath, generated);
  console.log(`Wrote ${outputPath}`);
}
