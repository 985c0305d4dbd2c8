/**
 * Helpers for the plain text of a single label or bullet: splitting "A, B (x, y), C" into
 * names without breaking inside parentheses, and trimming the notes around a name.
 */

/** Characters a separator can start with: every separator used here opens with one of these. */
const SEPARATOR_START = /[\s,.;:\-–—]/;

/** Splits on a separator only outside parentheses. */
export function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  const sticky = new RegExp(separator.source, 'y' + separator.flags.replace(/[gy]/g, ''));
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth = Math.max(0, depth - 1);
    // Trying the separator only where it can start keeps long texts cheap.
    else if (depth === 0 && SEPARATOR_START.test(char)) {
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

/** Removes the given characters from the end; a loop, because `[...]+$` backtracks on long runs. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] ?? '')) end -= 1;
  return text.slice(0, end);
}

export function tidy(text: string): string {
  const spaced = text
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:)])/g, '$1')
    .replace(/\( /g, '(');
  return trimEndChars(spaced, ' ,;:')
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
  // Single spaces keep the separator's `\s*` from rescanning a long run at every position.
  return splitTopLevel(text.replace(/\s+/g, ' '), /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=[A-Z])/)
    .map(tidy)
    .filter((name) => name !== '');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A spaced dash before a lowercase word starts a remark: "JNCIE - similar to Cisco". */
const DASH_REMARK = /\s[-–—]\s+(?=[a-z])/;

/** The text before a dash remark, looking only outside parentheses. */
export function withoutDashRemark(text: string): string {
  if (/^\s*[-–—]/.test(text)) return text.trim();
  return splitTopLevel(text, DASH_REMARK)[0] ?? '';
}

/** "CISSP", "PMI-ACP", "IDEs": an abbreviation that belongs to a name, unlike a remark in parentheses. */
export function isAbbreviation(inner: string): boolean {
  return /^[A-Z0-9][A-Z0-9+&/.-]{1,15}s?$/.test(inner) && /[A-Z]/.test(inner);
}

/** Registered and trademark signs decorate a name without changing it. */
export function withoutMarks(text: string): string {
  return text.replace(/[®™©]/g, '').replace(/\)[¹²³]+/g, ')');
}

/** Words that may stay lowercase inside a proper name: "Ruby on Rails", "Developer for Apache Spark". */
const NAME_CONNECTORS = new Set(['and', 'or', 'of', 'the', 'to', 'for', 'on', 'in', 'with', 'a', 'an', '&', '-', '–', '—']);

/** Lowercase words in a text other than the small words proper names also use. */
export function lowercaseWords(text: string): number {
  return removeParentheticals(text, () => true)
    .split(/\s+/)
    .filter((word) => /^[a-z]/.test(word) && !NAME_CONNECTORS.has(word)).length;
}
