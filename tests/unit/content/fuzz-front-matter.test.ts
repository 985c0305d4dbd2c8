import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesOf } from './fuzz-documents';
import { expectImportOutcome, timedParse } from './fuzz-harness';

const BODY = [
  '# Role',
  '',
  '## Tools to Learn',
  '* **Editors:** VS Code, Vim.',
  '',
  '## Project Ideas',
  '* **Build a thing:** Make it work.',
  '',
].join('\n');

function withFrontMatter(yaml: string): Uint8Array<ArrayBuffer> {
  return bytesOf(`---\n${yaml}\n---\n${BODY}`);
}

/** Nine levels of nine aliases each: 9^9 (387 million) strings if anything expanded them. */
function billionLaughs(target: string): string {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 9; level += 1) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
  }
  return [...levels, `${target}: *i`].join('\n');
}

const tricks: { name: string; yaml: string; outcome: 'ok' | 'invalid-front-matter' }[] = [
  { name: 'a billion-laughs alias bomb beside the title', yaml: `title: Role\n${billionLaughs('bomb')}`, outcome: 'ok' },
  { name: 'a billion-laughs alias bomb as the title', yaml: billionLaughs('title'), outcome: 'invalid-front-matter' },
  {
    name: 'a billion-laughs alias bomb as the certifications',
    yaml: `title: Role\n${billionLaughs('certifications')}`,
    outcome: 'invalid-front-matter',
  },
  {
    name: 'a billion-laughs alias bomb as the description',
    yaml: `title: Role\n${billionLaughs('description')}`,
    outcome: 'invalid-front-matter',
  },
  { name: 'a self-referencing alias', yaml: 'title: Role\nloop: &loop [*loop]', outcome: 'ok' },
  {
    name: 'a !!js/function tag',
    yaml: 'title: !!js/function "function () { globalThis.studyPathFrontMatterRan = true }"',
    outcome: 'invalid-front-matter',
  },
  { name: 'a !!js/undefined tag', yaml: 'title: !!js/undefined ""', outcome: 'invalid-front-matter' },
  { name: 'a !!js/regexp tag', yaml: 'title: !!js/regexp /a+$/', outcome: 'invalid-front-matter' },
  {
    name: 'a !!python/object tag',
    yaml: 'title: !!python/object/apply:os.system ["touch /tmp/studypath-owned"]',
    outcome: 'invalid-front-matter',
  },
  { name: 'an unknown local tag', yaml: 'title: !evil Role', outcome: 'invalid-front-matter' },
  { name: 'a merge key bringing the title', yaml: 'base: &base { title: Merged Role }\n<<: *base', outcome: 'ok' },
  {
    name: 'a merge key from an alias bomb',
    yaml: `title: Role\n${billionLaughs('bomb')}\nmerged:\n  <<: [*i, *h]`,
    outcome: 'ok',
  },
  { name: 'a huge number as the title', yaml: `title: 1e${'9'.repeat(400)}`, outcome: 'invalid-front-matter' },
  { name: 'a 400-digit integer as the title', yaml: `title: ${'9'.repeat(400)}`, outcome: 'invalid-front-matter' },
  { name: 'a huge number of hours', yaml: `title: Role\ncertifications:\n  - hours: ${'9'.repeat(400)}`, outcome: 'invalid-front-matter' },
  { name: 'a duplicate title', yaml: 'title: One\ntitle: Two', outcome: 'invalid-front-matter' },
  { name: 'a list as the title', yaml: 'title: [Role, Other]', outcome: 'invalid-front-matter' },
  { name: 'a map as the title', yaml: 'title: { name: Role }', outcome: 'invalid-front-matter' },
  { name: 'a boolean as the title', yaml: 'title: yes', outcome: 'ok' },
  { name: 'a date as the title', yaml: 'title: 2026-03-02', outcome: 'invalid-front-matter' },
  { name: 'null as the title', yaml: 'title: ~', outcome: 'invalid-front-matter' },
  { name: 'a binary blob as the title', yaml: 'title: !!binary aGVsbG8=', outcome: 'invalid-front-matter' },
  { name: 'a 1 MB title', yaml: `title: "${'T'.repeat(1_000_000)}"`, outcome: 'invalid-front-matter' },
  { name: 'a __proto__ key', yaml: 'title: Role\n__proto__: { polluted: true }', outcome: 'ok' },
  { name: 'a constructor key', yaml: 'title: Role\nconstructor: { prototype: { polluted: true } }', outcome: 'ok' },
  { name: 'a 10,000-deep flow sequence', yaml: `title: Role\ndeep: ${'['.repeat(10_000)}${']'.repeat(10_000)}`, outcome: 'invalid-front-matter' },
  { name: 'a 1,000-deep block map', yaml: `title: Role\n${Array.from({ length: 1_000 }, (_, depth) => `${' '.repeat(depth)}k${depth}:`).join('\n')} x`, outcome: 'ok' },
  { name: 'a second document in the front matter', yaml: 'title: Role\n---\ntitle: Other', outcome: 'ok' },
  { name: 'tabs for indentation', yaml: 'title: Role\nmeta:\n\tkey: value', outcome: 'ok' },
  { name: 'an unclosed quote', yaml: 'title: "Role', outcome: 'invalid-front-matter' },
];

describe('YAML tricks in front matter', () => {
  it.each(tricks)('$name: $outcome, quickly, without running anything', ({ name, yaml, outcome }) => {
    const globals = globalThis as Record<string, unknown>;
    delete globals.studyPathFrontMatterRan;
    const measured = timedParse(name, withFrontMatter(yaml));
    expectImportOutcome(measured, name);
    const { result } = measured;
    if (outcome === 'ok') expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
    else expect(result).toMatchObject({ ok: false, error: { code: outcome } });
    expect(globals.studyPathFrontMatterRan).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says what is wrong with the title in words a person understands', () => {
    const tooLong = timedParse('long', withFrontMatter(`title: "${'T'.repeat(301)}"`)).result;
    const notText = timedParse('list', withFrontMatter('title: [Role, Other]')).result;
    const missing = timedParse('missing', withFrontMatter('description: no title')).result;
    expect(!tooLong.ok && tooLong.error.message).toMatch(/"title" must be at most 300 characters/);
    expect(!notText.ok && notText.error.message).toMatch(/"title" must be text/);
    expect(!missing.ok && missing.error.message).toMatch(/a "title" is required/);
  });

  it('answers any JSON value in any front-matter field with ok or a clear refusal', () => {
    const field = fc.constantFrom('title', 'description', 'id', 'certifications', 'tools', 'projects', 'extra');
    fc.assert(
      fc.property(field, fc.jsonValue({ maxDepth: 4 }), (name, value) => {
        const yaml = name === 'title' ? `title: ${JSON.stringify(value)}` : `title: Role\n${name}: ${JSON.stringify(value)}`;
        expectImportOutcome(timedParse(yaml.slice(0, 200), withFrontMatter(yaml)), yaml.slice(0, 200));
      }),
      { numRuns: 300 },
    );
  });

  it('answers random YAML-looking text between the fences with ok or a clear refusal', () => {
    const yamlish = fc.array(
      fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom('title: Role', '- item', '? key', ': value', '&anchor', '*anchor', '!!str', '<<: *a', '|', '>', '{', '[', '%YAML 1.2', '---', '...'),
      ),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(yamlish, (lines) => {
        const yaml = lines.join('\n');
        expectImportOutcome(timedParse(yaml.slice(0, 200), withFrontMatter(yaml)), yaml.slice(0, 200));
      }),
      { numRuns: 300 },
    );
  });
});
