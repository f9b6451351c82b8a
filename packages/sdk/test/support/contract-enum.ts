// A schema's enum values, read from the contract's YAML text (inline `[a, b]`, wrapped or not, or a `- a` list), so the
// runtime name tables are checked against the contract as well as by the `satisfies` typecheck.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function contractEnum(schema: string): string[] {
  const yaml = readFileSync(join(__dirname, '../../openapi/yika.openapi.yaml'), 'utf8');
  const block = yaml.split(`\n    ${schema}:\n`)[1]!.split(/\n {4}[A-Za-z]/)[0]!;
  // Inline, possibly wrapped over lines by prettier with a trailing comma.
  const inline = /enum:\s*\[([^\]]*)\]/.exec(block);
  if (inline !== null) {
    return inline[1]!
      .split(',')
      .map((value) => value.trim())
      .filter((value) => value !== '');
  }
  return [...block.split('enum:\n')[1]!.matchAll(/^\s+- ([A-Za-z_.]+)$/gm)].map((match) => match[1]!);
}
