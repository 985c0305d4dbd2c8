/**
 * Limits on markdown structure, checked in one linear pass before parsing. The markdown parser
 * slows down more than linearly on deeply nested containers, long delimiter runs and many
 * unfinished links in one paragraph; real career paths come nowhere near these limits (the
 * largest has under 200 list items and nests four levels), so a file beyond them is refused
 * rather than left to freeze the app.
 */

/** Quote and list markers in front of one line's text. */
const MAX_LINE_NESTING = 16;
/** Columns of indentation and markers in front of one line's text. */
const MAX_PREFIX_COLUMNS = 64;
/** List items and quote markers in the whole document. */
const MAX_CONTAINER_MARKERS = 2_000;
/** Identical emphasis or bracket characters in a row. */
const MAX_DELIMITER_RUN = 64;
/** Brackets opened and not yet closed within one paragraph. */
const MAX_OPEN_BRACKETS = 32;
/** Link destinations ("](") within one paragraph. */
const MAX_LINKS_PER_BLOCK = 200;
/** Emphasis, code, HTML and bracket characters within one paragraph: the parser pairs them up. */
const MAX_INLINE_MARKUP_PER_BLOCK = 1_000;
/** Non-blank lines in the whole document; the largest real career path has under 200. */
const MAX_LINES = 10_000;

const DELIMITERS = new Set(['*', '_', '~', '[', ']', '`']);
const INLINE_MARKUP = new Set([...DELIMITERS, '<']);

interface LinePrefix {
  markers: number;
  columns: number;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** Counts the container markers (">", "-", "*", "+", "1." ...) and columns before a line's text. */
function linePrefix(line: string): LinePrefix {
  let markers = 0;
  let columns = 0;
  let index = 0;
  while (index < line.length) {
    const char = line[index];
    if (char === ' ') {
      columns += 1;
      index += 1;
    } else if (char === '\t') {
      columns += 4;
      index += 1;
    } else if (char === '>') {
      markers += 1;
      columns += 1;
      index += 1;
    } else if ((char === '-' || char === '*' || char === '+') && /\s/.test(line[index + 1] ?? ' ')) {
      markers += 1;
      columns += 2;
      index += 2;
    } else if (isDigit(char)) {
      let end = index;
      while (end < line.length && end - index < 10 && isDigit(line[end])) end += 1;
      const delimiter = line[end];
      if ((delimiter !== '.' && delimiter !== ')') || !/\s/.test(line[end + 1] ?? ' ')) break;
      markers += 1;
      columns += end - index + 2;
      index = end + 2;
    } else {
      break;
    }
  }
  return { markers, columns };
}

interface BlockCounts {
  openBrackets: number;
  links: number;
  markup: number;
}

/** The brackets and links of one line, added to the counts of its paragraph; a reason when over. */
function scanLine(line: string, block: BlockCounts): string | null {
  let runChar = '';
  let runLength = 0;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index] ?? '';
    if (char === runChar) runLength += 1;
    else {
      runChar = char;
      runLength = 1;
    }
    if (DELIMITERS.has(char) && runLength > MAX_DELIMITER_RUN) {
      return `more than ${MAX_DELIMITER_RUN} "${char}" characters in a row`;
    }
    if (INLINE_MARKUP.has(char)) {
      block.markup += 1;
      if (block.markup > MAX_INLINE_MARKUP_PER_BLOCK) {
        return `more than ${MAX_INLINE_MARKUP_PER_BLOCK} emphasis, code or bracket characters in one paragraph`;
      }
    }
    if (char === '[') {
      block.openBrackets += 1;
      if (block.openBrackets > MAX_OPEN_BRACKETS) return `more than ${MAX_OPEN_BRACKETS} nested brackets`;
    } else if (char === ']') {
      block.openBrackets = Math.max(0, block.openBrackets - 1);
      if (line[index + 1] === '(') {
        block.links += 1;
        if (block.links > MAX_LINKS_PER_BLOCK) return `more than ${MAX_LINKS_PER_BLOCK} links in one paragraph`;
      }
    }
  }
  return null;
}

/**
 * Why a document is too intricate to parse safely, as a phrase for a message, or null when it
 * is within the limits.
 */
export function structureProblem(source: string): string | null {
  let containers = 0;
  let lines = 0;
  let block: BlockCounts = { openBrackets: 0, links: 0, markup: 0 };
  let start = 0;
  while (start <= source.length) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const line = source.slice(start, end);
    start = end + 1;

    if (line.trim() === '') {
      block = { openBrackets: 0, links: 0, markup: 0 };
      continue;
    }
    lines += 1;
    if (lines > MAX_LINES) return `more than ${MAX_LINES} lines of text`;
    const prefix = linePrefix(line);
    if (prefix.markers > MAX_LINE_NESTING || prefix.columns > MAX_PREFIX_COLUMNS) {
      return `lists or quotes nested more than ${MAX_LINE_NESTING} levels deep`;
    }
    containers += prefix.markers;
    // A list item starts a paragraph of its own, so its markup is counted afresh.
    if (prefix.markers > 0) block.markup = 0;
    if (containers > MAX_CONTAINER_MARKERS) return `more than ${MAX_CONTAINER_MARKERS} list items and quotes`;
    const problem = scanLine(line, block);
    if (problem !== null) return problem;
  }
  return null;
}
