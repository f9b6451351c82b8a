// Every guide's code is its example's code: each ```ts block of examples/<guide>/README.md must stand,
// line for line (indentation aside), in one of the guide's own .ts files, which the other tests run. A
// guide that drifts from its example fails here instead of misleading a hospital's developer.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const examplesDir = join(__dirname, '..');
const guides = readdirSync(examplesDir).filter((name) => {
  const dir = join(examplesDir, name);
  return statSync(dir).isDirectory() && readdirSync(dir).includes('README.md');
});

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

function codeBlocks(markdown: string): string[][] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => linesOf(match[1]!));
}

function contains(haystack: string[], needle: string[]): boolean {
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((line, offset) => haystack[start + offset] === line)) return true;
  }
  return false;
}

it('has the four guides', () => {
  expect(guides.sort()).toEqual(['hospital-h5', 'kiosk', 'third-party-backend', 'webhook-receiver']);
});

describe.each(guides)('the %s guide', (guide) => {
  const dir = join(examplesDir, guide);
  const sources = readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => linesOf(readFileSync(join(dir, file), 'utf8')));
  const blocks = codeBlocks(readFileSync(join(dir, 'README.md'), 'utf8'));

  it('shows code', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((block, index) => [index + 1, block] as const))(
    'block %i is code of the example',
    (_index, block) => {
      expect(sources.some((source) => contains(source, block))).toBe(true);
    },
  );
});
