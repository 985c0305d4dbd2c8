/** fast-check generators for markdown documents built from the pieces career paths are made of. */
import fc from 'fast-check';

const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9+#.-]{0,11}$/);
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((list) => list.join(' '));
/** Any text at all, markup characters included. */
const anyText = fc.string({ maxLength: 60, unit: 'grapheme' });
const text = fc.oneof({ weight: 3, arbitrary: words }, { weight: 1, arbitrary: anyText });

const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    'https://example.com/a b',
    'mailto:someone@example.org',
    '/relative/path',
    '#anchor',
    '<>',
    '',
    'http://',
    'ftp://files.example/x',
  ),
  anyText,
);

const inline: fc.Arbitrary<string> = fc.oneof(
  text,
  text.map((t) => `*${t}*`),
  text.map((t) => `**${t}**`),
  text.map((t) => `_${t}_`),
  text.map((t) => `~~${t}~~`),
  text.map((t) => `\`${t}\``),
  fc.tuple(text, url).map(([t, u]) => `[${t}](${u})`),
  fc.tuple(text, url).map(([t, u]) => `![${t}](${u})`),
  url.map((u) => `<${u}>`),
  fc.constantFrom('<b>bold</b>', '<br>', '<span title="x">t</span>', '<div>', '</div>', '<!-- note -->', '&amp;', '&#x26;', '\\*'),
);

const line = fc.array(inline, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));

const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([depth, t]) => `${'#'.repeat(depth)} ${t}`);
const boldLabel = line.map((t) => `**${t}:**`);
const labelledItem = fc.tuple(words, fc.array(words, { minLength: 1, maxLength: 5 })).map(
  ([label, values]) => `* **${label}:** ${values.join(', ')}`,
);

const listItem = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.constantFrom('-', '*', '+', '1.', '2)'), line).map(
  ([depth, marker, t]) => `${'  '.repeat(depth)}${marker} ${t}`,
);
const list = fc.array(fc.oneof(listItem, labelledItem), { minLength: 1, maxLength: 8 }).map((items) => items.join('\n'));

const blockquote = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.map((l) => `> ${l}`).join('\n'));
const fencedCode = fc.tuple(fc.constantFrom('', 'js', 'html', 'yaml'), anyText).map(
  ([language, body]) => `\`\`\`${language}\n${body}\n\`\`\``,
);
const table = fc.array(fc.tuple(words, words), { minLength: 1, maxLength: 4 }).map(
  (rows) => ['| a | b |', '| - | - |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n'),
);
const htmlBlock = fc.constantFrom('<div align="center">\n\ntext\n\n</div>', '<details><summary>More</summary>\n\nHidden\n\n</details>', '<hr>', '<p>para</p>');
const thematicBreak = fc.constantFrom('---', '***', '___');
const sectionHeading = fc.constantFrom(
  '## Tools to Learn',
  '## Recommended Technologies and Tools to Learn:',
  '## Project Ideas',
  '#### Project Ideas:',
  '### Certifications:',
  '## Skills',
  '## Career Ladder',
  '## Reading',
  '**Project Ideas:**',
);

const block = fc.oneof(
  { weight: 4, arbitrary: line },
  { weight: 3, arbitrary: list },
  { weight: 2, arbitrary: heading },
  { weight: 2, arbitrary: sectionHeading },
  { weight: 1, arbitrary: boldLabel },
  { weight: 1, arbitrary: blockquote },
  { weight: 1, arbitrary: fencedCode },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: htmlBlock },
  { weight: 1, arbitrary: thematicBreak },
);

const frontMatter = fc.option(
  fc.record({ title: fc.oneof(words, anyText), description: fc.option(anyText, { nil: undefined }) }).map(
    ({ title, description }) =>
      ['---', `title: ${JSON.stringify(title)}`, ...(description === undefined ? [] : [`description: ${JSON.stringify(description)}`]), '---'].join('\n'),
  ),
  { nil: '' },
);

/** A whole document: optional front matter, then blocks separated by one or two line breaks. */
export const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(frontMatter, fc.array(fc.tuple(block, fc.constantFrom('\n', '\n\n', '\r\n\r\n')), { maxLength: 30 }))
  .map(([front, blocks]) => `${front}\n${blocks.map(([b, separator]) => b + separator).join('')}`);
