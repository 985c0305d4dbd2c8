import { isAbbreviation, splitNameList, tidy } from './text-lists';

/**
 * Names inside running prose ("Start with Python or Java, then expand to JavaScript") for
 * documents that mention tools or certificates in sentences instead of lists.
 */

/** Small words a multi-word name may contain: "Ruby on Rails", "Developer for Apache Spark". */
const INNER_CONNECTORS = new Set(['of', 'for', 'on', 'in', 'the', '&', '–', '-', '—']);

/** Nouns that turn a preceding name into a description: "HR systems", "AWS services". */
const DESCRIBED_BY =
  /^(systems?|services?|tools?|platforms?|skills?|concepts?|knowledge|certifications?|experience|teams?|products?|solutions?|technolog(?:y|ies)|environments?|ecosystems?|documentation|training|courses?)\b/;

function isNameWord(word: string): boolean {
  return /^[A-Z0-9]/.test(word) || /^[a-z]+[A-Z]/.test(word) || /^\.[A-Za-z]/.test(word);
}

/** A word that is a name even at the start of a sentence: an acronym or a word with inner capitals. */
function isDistinctiveName(word: string): boolean {
  return /[A-Z].*[A-Z]|[0-9+#]/.test(word.slice(1)) || /^[A-Z]{2,}/.test(word);
}

/** Punctuation stuck to a word that ends a run of name words. */
function trailingStop(word: string): boolean {
  return /[,;:.!?)]$/.test(word) && !/^[A-Z.]+\.$/.test(word) && !/\.(js|NET|io|com)$/i.test(word);
}

const LEADING_MARKS = '"\'“‘(';
const TRAILING_MARKS = ',;:!?)"\'”’';

/** A word without the quotes and punctuation around it; loops, as `[...]+$` backtracks on long runs. */
function stripEdges(word: string): string {
  let start = 0;
  while (start < word.length && LEADING_MARKS.includes(word[start] ?? '')) start += 1;
  let end = word.length;
  while (end > start && TRAILING_MARKS.includes(word[end - 1] ?? '')) end -= 1;
  const inner = word.slice(start, end);
  return inner.endsWith('.') ? inner.slice(0, -1) : inner;
}

/**
 * Runs of capitalised words in a sentence, each a candidate name. At the start of a sentence a
 * capital proves nothing, so the first word counts only when it is distinctive ("AWS", "PyTorch"),
 * unless the text is known to start with a name.
 */
export function properNameRuns(sentence: string, startsWithName = false): string[] {
  const words = sentence.split(/\s+/).filter(Boolean);
  const runs: string[] = [];
  let current: string[] = [];
  const close = (nextWord: string | undefined): void => {
    while (current.length > 0 && INNER_CONNECTORS.has(current[current.length - 1] ?? '')) current.pop();
    const described = nextWord !== undefined && DESCRIBED_BY.test(nextWord);
    if (current.length > 0 && !described) runs.push(tidy(current.join(' ')));
    current = [];
  };
  let inParentheses = false;
  words.forEach((raw, index) => {
    const word = stripEdges(raw);
    // Words inside a parenthetical remark are not names of the sentence: "PMP (Project Management Professional)".
    if (inParentheses || (raw.startsWith('(') && !raw.includes(')'))) {
      if (!inParentheses) close(word);
      inParentheses = !raw.includes(')');
      return;
    }
    const startsSentence = index === 0 && !startsWithName;
    const opensParen = raw.startsWith('(');
    if (opensParen && current.length > 0 && isAbbreviation(word) && raw.endsWith(')')) {
      current.push(`(${word})`);
      close(words[index + 1]);
      return;
    }
    const nameWord =
      !opensParen && word !== '' && isNameWord(word) && (!startsSentence || isDistinctiveName(word));
    // "Microsoft Certified: Azure Administrator": a colon inside a name when a name word follows.
    const colonInName = raw.endsWith(':') && isNameWord(stripEdges(words[index + 1] ?? ''));
    if (nameWord && colonInName) {
      current.push(`${word}:`);
    } else if (nameWord) {
      current.push(word);
      if (trailingStop(raw)) close(words[index + 1]);
    } else if (current.length > 0 && INNER_CONNECTORS.has(word) && !trailingStop(raw)) {
      current.push(word);
    } else {
      close(stripEdges(raw));
    }
  });
  close(undefined);
  return runs;
}

/** Words that introduce a list of examples in a sentence. */
const LEAD_IN = /\b(?:such as|like|including|includes?:?|e\.g\.,?|for example,?)\s+(?=[A-Z0-9])/;

/**
 * The names listed after "such as", "like" or "including", up to the first part that is not a
 * name: "certifications like PMP or Agile certifications can help" gives PMP.
 */
export function namesAfterLeadIn(sentence: string, isName: (fragment: string) => boolean): string[] {
  const match = LEAD_IN.exec(sentence);
  if (!match) return [];
  const names: string[] = [];
  for (const fragment of splitNameList(sentence.slice(match.index + match[0].length))) {
    if (isName(fragment)) {
      names.push(fragment);
      continue;
    }
    // "IPC-A-610 show that you can solder": the list ends with a name that a sentence goes on from.
    const [leading] = properNameRuns(fragment, true);
    if (leading !== undefined && fragment.startsWith(leading) && isName(leading)) names.push(leading);
    break;
  }
  return names;
}
