/**
 * Helpers for the plain text of a single label or bullet: splitting "A, B (x, y), C" into
 * names without breaking inside parentheses, and trimming the notes around a name.
 */

/** Splits on a separator only outside parentheses. */
export function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  const sticky = new RegExp(separator.source, 'y' + separator.flags.replace(/[gy]/g, ''));
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      sticky.lastIndex = index;
      const match = sticky.exec(text);
      if (match && match[0].length > 0) {
        parts.push(text.slice(start, index));
        start = index + match[0].length;
        index = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** Sentences of a bullet: a full stop followed by a space ends one, outside parentheses. */
export function sentences(text: string): string[] {
  return splitTopLevel(text, /\.\s+(?=[A-Z0-9"(])/).map((sentence) => sentence.replace(/\.$/, '').trim());
}

export interface Parenthetical {
  inner: string;
  start: number;
  end: number;
}

/** The top-level "( ... )" groups of a text, in order. */
export function parentheticals(text: string): Parenthetical[] {
  const groups: Parenthetical[] = [];
  let depth = 0;
  let start = -1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '(') {
      if (depth === 0) start = index;
      depth += 1;
    } else if (char === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) groups.push({ inner: text.slice(start + 1, index).trim(), start, end: index + 1 });
    }
  }
  return groups;
}

/** Removes the parenthetical groups the predicate selects, tidying the spaces left behind. */
export function removeParentheticals(text: string, shouldRemove: (inner: string) => boolean): string {
  let result = '';
  let cursor = 0;
  for (const group of parentheticals(text)) {
    if (!shouldRemove(group.inner)) continue;
    result += text.slice(cursor, group.start);
    cursor = group.end;
  }
  result += text.slice(cursor);
  return tidy(result);
}

/** A parenthetical that is a note ("for remote access", "e.g. ...") rather than part of a name. */
export function isNote(inner: string): boolean {
  if (/^(e\.g\.|i\.e\.|eg\b|ex\b)/i.test(inner)) return true;
  return inner.split(/[\s,/]+/).some((word) => /^[a-z]/.test(word) && !CONNECTORS.has(word));
}

/** Small words that may sit inside a name's qualifier: "(Elasticsearch, Logstash and Kibana)". */
const CONNECTORS = new Set(['and', 'or', 'of', 'the', 'to']);

export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/[\s,;:]+$/, '')
    .replace(/\.$/, '')
    .trim();
}

/** The names listed after "e.g." inside a parenthetical, if any: "(e.g., A, B and C)" gives A, B, C. */
export function exampleNames(text: string): string[] {
  for (const group of parentheticals(text)) {
    const match = /^(?:e\.g\.|eg\.?|for example|such as)[,:]?\s*(.*)$/is.exec(group.inner);
    if (match?.[1]) return splitNameList(match[1]);
  }
  return [];
}

/** "A, B, and C" or "A, B or C" into names. */
export function splitNameList(text: string): string[] {
  return splitTopLevel(text, /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=[A-Z])/)
    .map(tidy)
    .filter((name) => name !== '');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
