/** Small text fixes applied to a section's markdown before it is rendered. */

function normalise(text: string): string {
  return text
    .replace(/[*_:`]/g, '')
    .trim()
    .toLowerCase();
}

/** Drops a first heading line that only repeats the section title already shown above it. */
export function withoutLeadingHeading(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const line = first >= 0 ? lines[first] : undefined;
  if (line === undefined) return markdown;
  const match = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
  if (match?.[1] === undefined || normalise(match[1]) !== normalise(heading)) return markdown;
  return lines.slice(first + 1).join('\n');
}
