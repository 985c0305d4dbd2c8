import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCareerPath } from '../../../electron/backend/content/importer';
import type { ErrorCode } from '../../../shared/result';
import { bytesOf, repoRoot } from './corpus';

const fixtures = join(repoRoot, 'tests/fixtures/content');

function errorOf(text: string | Uint8Array): { code: ErrorCode; message: string } {
  const result = parseCareerPath('input.md', typeof text === 'string' ? bytesOf(text) : text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

const ROLE_BODY =
  '# Role\n\n## Tools to Learn\n* **Editors:** VS Code, Vim.\n\n## Project Ideas\n* **Build a thing:** Make it.\n';

describe('files that are not career-path text', () => {
  it('refuses an empty file', () => {
    expect(errorOf('').code).toBe('empty-file');
  });

  it('refuses a file of only spaces and blank lines', () => {
    expect(errorOf('  \n\n\t \r\n').code).toBe('empty-file');
  });

  it('refuses binary bytes such as an image', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(errorOf(png).code).toBe('not-text');
  });

  it('refuses text that is not UTF-8', () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe]);
    const error = errorOf(latin1);
    expect(error.code).toBe('not-text');
    expect(error.message).toMatch(/UTF-8/);
  });

  it('refuses a 20 MB file before reading it', () => {
    const huge = new Uint8Array(20 * 1024 * 1024).fill(0x61);
    const error = errorOf(huge);
    expect(error.code).toBe('file-too-large');
    expect(error.message).toMatch(/1 MB/);
  });

  it('accepts a long document well within the size limit', () => {
    const filler = 'Plain words in a paragraph.\n\n'.repeat(Math.floor(200_000 / 29));
    const result = parseCareerPath('long.md', bytesOf(`---\ntitle: Long\n---\n${ROLE_BODY}\n${filler}`));
    expect(result.ok).toBe(true);
  });
});

describe('front matter', () => {
  it('explains broken YAML', () => {
    const error = errorOf('---\ntitle: [unclosed\ndescription: x\n---\n# Hi\n');
    expect(error.code).toBe('invalid-front-matter');
    expect(error.message).toMatch(/not valid YAML/);
    expect(error.message).toMatch(/line \d+/);
  });

  it('asks for a title when the front matter has none', () => {
    const error = errorOf(`---\ndescription: no title here\n---\n${ROLE_BODY}`);
    expect(error.code).toBe('invalid-front-matter');
    expect(error.message).toMatch(/"title"/);
  });

  it('refuses an id that is not a lowercase slug', () => {
    const error = errorOf(`---\ntitle: Fine\nid: Not A Slug!\n---\n${ROLE_BODY}`);
    expect(error.code).toBe('invalid-front-matter');
    expect(error.message).toMatch(/"id"/);
  });

  it.each(['js', 'javascript', 'coffee'])('never runs ---%s front matter', (language) => {
    const globals = globalThis as Record<string, unknown>;
    delete globals.studyPathFrontMatterRan;
    const body = `{ title: (globalThis.studyPathFrontMatterRan = true, "Owned") }`;
    const error = errorOf(`---${language}\n${body}\n---\n${ROLE_BODY}`);
    expect(error.code).toBe('invalid-front-matter');
    expect(error.message).toMatch(/YAML/);
    expect(globals.studyPathFrontMatterRan).toBeUndefined();
  });

  it('reads the id from the front matter, or makes one from the title without its number', () => {
    const withId = parseCareerPath(
      'a.md',
      bytesOf(`---\ntitle: "12. Game Tester"\nid: qa-games\n---\n${ROLE_BODY}`),
    );
    const withoutId = parseCareerPath('b.md', bytesOf(`---\ntitle: "12. Game Tester"\n---\n${ROLE_BODY}`));
    expect(withId.ok && withId.value.id).toBe('qa-games');
    expect(withoutId.ok && withoutId.value.id).toBe('game-tester');
    expect(withoutId.ok && withoutId.value.content.title).toBe('Game Tester');
  });

  it('takes the title from the first heading when there is no front matter, and says so', () => {
    const result = parseCareerPath('c.md', bytesOf(ROLE_BODY));
    expect(result.ok && result.value.content.title).toBe('Role');
    expect(result.ok && result.value.warnings[0]).toMatch(/No front matter/);
  });
});

describe('content that could run code', () => {
  const cases: [string, string, RegExp][] = [
    ['a <script> element', '<script>alert(1)</script>', /<script>/],
    ['an <iframe>', '<iframe src="https://example.org"></iframe>', /<iframe>/],
    ['an inline event handler', 'Look: <img src="x.png" onerror="alert(1)">', /event handler/],
    ['a javascript: link', '[click](javascript:alert(1))', /javascript:/],
    ['a javascript: link with mixed case and spaces', '[click](<JaVa Script:alert(1)>)', /javascript:/],
    ['a data: image', '![x](data:text/html;base64,PHNjcmlwdD4=)', /data:/],
    ['a vbscript: reference link', '[click][r]\n\n[r]: vbscript:msgbox', /vbscript:/],
    ['a javascript: URL inside HTML', '<a href="javascript:alert(1)">x</a>', /javascript:/],
  ];

  it.each(cases)('refuses %s and names it', (_name, markdown, named) => {
    const error = errorOf(`---\ntitle: Sneaky\n---\n${ROLE_BODY}\n${markdown}\n`);
    expect(error.code).toBe('unsafe-content');
    expect(error.message).toMatch(named);
  });

  it('refuses the hostile fixture outright', () => {
    const result = parseCareerPath('hostile-script.md', readFileSync(join(fixtures, 'hostile-script.md')));
    expect(result).toMatchObject({ ok: false, error: { code: 'unsafe-content' } });
  });

  it('allows harmless inline HTML such as a line break', () => {
    const result = parseCareerPath('ok.md', bytesOf(`---\ntitle: Fine\n---\n${ROLE_BODY}\nOne<br>two\n`));
    expect(result.ok).toBe(true);
  });
});

describe('documents that are not a single career role', () => {
  it('refuses an essay with a friendly message', () => {
    const result = parseCareerPath('guide.md', readFileSync(join(fixtures, 'guide-not-a-path.md')));
    expect(result).toMatchObject({ ok: false, error: { code: 'not-a-career-path' } });
    if (!result.ok)
      expect(result.error.message).toBe(
        '"Why learn to code?" looks like a guide, not a career path: it has no tools to learn and no project ideas, so there is nothing to plan. Choose a document about a single role.',
      );
  });
});

describe('a small path written by a user', () => {
  const result = parseCareerPath('minimal.md', readFileSync(join(fixtures, 'minimal-career-path.md')));

  it('imports and tells the author what is missing or skipped', () => {
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.id).toBe('junior-game-tester');
    expect(result.value.content.toolGroups.map(({ name, tools }) => ({ name, tools }))).toEqual([
      { name: 'Bug Trackers', tools: ['Jira', 'Mantis'] },
      { name: 'Capture', tools: ['OBS Studio', 'ShareX'] },
    ]);
    expect(result.value.content.readingLinks).toEqual([
      { title: 'A testing glossary', url: 'https://example.org/glossary' },
    ]);
    expect(result.value.warnings).toEqual([
      'No role definition found (a heading containing "Definition").',
      'No certifications found (a heading containing "Certifications").',
      'Reading link skipped: "Mail the author" is not an http(s) web address.',
    ]);
  });
});

describe('any input at all', () => {
  const isResult = (value: unknown) => typeof value === 'object' && value !== null && 'ok' in value;

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) =>
        isResult(parseCareerPath('random.bin', bytes)),
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on random markdown-like text', () => {
    const pieces = fc.constantFrom(
      '---\n',
      '# ',
      '## Tools\n',
      '## Project Ideas\n',
      '* ',
      '**',
      ':',
      '(',
      ')',
      '[a](',
      'e.g. ',
      ', ',
      '\n',
      'x',
      'title: y\n',
      '<b>',
      '`',
      '> ',
      '1. ',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 80 }), (parts) =>
        isResult(parseCareerPath('random.md', bytesOf(parts.join('')))),
      ),
      { numRuns: 300 },
    );
  });
});
