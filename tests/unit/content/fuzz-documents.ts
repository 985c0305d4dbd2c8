/** Plain builders for fuzzed documents, free of test-runner imports so scripts can use them too. */

export function bytesOf(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

/** Front matter and the two sections that make a document plannable, around a hostile middle. */
export function careerPathAround(middle: string, title = 'Fuzzed Role'): string {
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    '---',
    `# ${title}`,
    '',
    '## Tools to Learn',
    '',
    '- **Editors:** VS Code, Vim.',
    '',
    middle,
    '',
    '## Project Ideas',
    '',
    '- **Build a thing:** Make it work.',
    '',
  ].join('\n');
}
