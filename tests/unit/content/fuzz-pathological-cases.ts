/** Documents built to be as expensive as possible to parse, each within or just over the size limit. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../../shared/contract';
import { bundledContentDir } from '../../helpers/corpus';
import { careerPathAround } from './fuzz-documents';

export interface HostileDocument {
  name: string;
  /** Built lazily: some are a megabyte. */
  build(): string | Uint8Array<ArrayBuffer>;
}

/** Fills the rest of a document up to the size limit with copies of `unit`. */
function filledTo(limit: number, head: string, unit: string, tail = ''): string {
  const room = limit - new TextEncoder().encode(head + tail).byteLength;
  return head + unit.repeat(Math.max(0, Math.floor(room / new TextEncoder().encode(unit).byteLength))) + tail;
}

const NEAR_LIMIT = MAX_IMPORT_BYTES - 1024;

/** The deepest ladder of indented list items that fits: each level indents two more spaces. */
function indentedLadder(limit: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let depth = 0; ; depth += 1) {
    const line = `${'  '.repeat(depth)}- level ${depth}`;
    if (size + line.length + 1 > limit) break;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

function quoteLadder(limit: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let depth = 1; ; depth += 1) {
    const line = `${'>'.repeat(depth)} quote ${depth}`;
    if (size + line.length + 1 > limit) break;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/** The bundled library, concatenated and cut at the size limit: real content, as much as allowed. */
function wholeLibrary(limit: number): Uint8Array<ArrayBuffer> {
  const files = readdirSync(bundledContentDir).filter((name) => name.endsWith('.md'));
  let text = '';
  for (let round = 0; new TextEncoder().encode(text).byteLength < limit; round += 1) {
    const file = files[round % files.length];
    if (file === undefined) break;
    const body = readFileSync(join(bundledContentDir, file), 'utf8');
    text += round === 0 ? body : body.replace(/^---\n[\s\S]*?\n---\n/, '');
  }
  return new TextEncoder().encode(text).slice(0, limit);
}

export const deeplyNested: HostileDocument[] = [
  { name: '10,000 nested lists on one line', build: () => careerPathAround(`${'- '.repeat(10_000)}x`) },
  { name: '10,000 nested ordered lists on one line', build: () => careerPathAround(`${'1. '.repeat(10_000)}x`) },
  { name: '10,000 nested blockquotes', build: () => careerPathAround(`${'>'.repeat(10_000)} x`) },
  { name: '10,000 nested blockquotes with spaces', build: () => careerPathAround(`${'> '.repeat(10_000)}x`) },
  { name: '10,000 alternating quotes and lists', build: () => careerPathAround(`${'> - '.repeat(5_000)}x`) },
  { name: 'an indented list ladder as deep as 1 MB allows', build: () => careerPathAround(indentedLadder(NEAR_LIMIT)) },
  { name: 'a blockquote ladder as deep as 1 MB allows', build: () => careerPathAround(quoteLadder(NEAR_LIMIT)) },
  { name: '10,000 nested emphasis markers', build: () => careerPathAround(`${'*'.repeat(10_000)}x${'*'.repeat(10_000)}`) },
  { name: '100,000 open brackets', build: () => careerPathAround('['.repeat(100_000)) },
  { name: '50,000 nested link openings', build: () => careerPathAround('[a]('.repeat(50_000)) },
  {
    name: 'nested lists repeated to 1 MB',
    build: () => careerPathAround(filledTo(NEAR_LIMIT, '', `${'- '.repeat(100)}x\n\n`)),
  },
];

export const longLines: HostileDocument[] = [
  { name: '1 MB of one word on one line', build: () => careerPathAround(filledTo(NEAR_LIMIT, '', 'a')) },
  { name: '1 MB of emphasis markers on one line', build: () => careerPathAround(filledTo(NEAR_LIMIT, '', '*a')) },
  { name: '1 MB of underscores on one line', build: () => careerPathAround(filledTo(NEAR_LIMIT, '', '_a')) },
  { name: '1 MB of backticks on one line', build: () => careerPathAround(filledTo(NEAR_LIMIT, '', '`a')) },
  { name: '1 MB of angle brackets on one line', build: () => careerPathAround(filledTo(NEAR_LIMIT, '', '<a')) },
  { name: '1 MB of links on one line', build: () => careerPathAround(filledTo(NEAR_LIMIT, '', '[a](b) ')) },
  { name: '1 MB of a heading', build: () => filledTo(NEAR_LIMIT, '# ', 'Role ') },
  {
    name: '1 MB of tools in one labelled item',
    build: () => careerPathAround(filledTo(NEAR_LIMIT, '* **Everything:** ', 'Tool, ')),
  },
  {
    name: '1 MB front matter title',
    build: () => filledTo(NEAR_LIMIT, '---\ntitle: "', 'T', '"\n---\n# Role\n'),
  },
];

export const hugeFiles: HostileDocument[] = [
  { name: 'the bundled library up to exactly the size limit', build: () => wholeLibrary(MAX_IMPORT_BYTES) },
  { name: 'one byte over the size limit', build: () => wholeLibrary(MAX_IMPORT_BYTES + 1) },
  { name: '20 MB', build: () => new Uint8Array(20 * 1024 * 1024).fill(0x61) },
  { name: 'a 1 MB flat list', build: () => careerPathAround(filledTo(NEAR_LIMIT, '', '- item\n')) },
  { name: '1 MB of labelled tool items', build: () => careerPathAround(filledTo(NEAR_LIMIT, '## Tools to Learn\n', '* **Group:** A, B, C\n')) },
  { name: 'a 1 MB table', build: () => careerPathAround(filledTo(NEAR_LIMIT, '| a | b |\n| - | - |\n', '| x | y |\n')) },
  { name: '1 MB of headings', build: () => careerPathAround(filledTo(NEAR_LIMIT, '', '## Project Ideas\n')) },
  { name: '1 MB of paragraphs', build: () => careerPathAround(filledTo(NEAR_LIMIT, '', 'Plain words in a sentence.\n\n')) },
];

/** As costly as a document can be while staying within every structure limit. */
export const justWithinLimits: HostileDocument[] = [
  { name: '4,900 headings', build: () => careerPathAround('## Project Ideas\n'.repeat(4_900)) },
  { name: 'a table of 4,900 rows', build: () => careerPathAround(`| a | b |\n| - | - |\n${'| x | y |\n'.repeat(4_900)}`) },
  {
    name: '4,900 long paragraphs',
    build: () => careerPathAround(Array(4_900).fill('Plain words in a long sentence that goes on. '.repeat(4)).join('\n\n')),
  },
  {
    name: '1,900 labelled tool groups of 80 tools each',
    build: () =>
      careerPathAround(
        `## Tools to Learn\n${Array.from({ length: 1_900 }, (_, index) => `* **Group ${index}:** ${'Tool, '.repeat(80)}`).join('\n')}`,
      ),
  },
];

