import { namesAfterLeadIn, properNameRuns } from './proper-names';
import {
  isNote,
  lowercaseWords,
  parentheticals,
  removeParentheticals,
  sentences,
  splitNameList,
  splitTopLevel,
  tidy,
  withoutDashRemark,
  wordCount,
} from './text-lists';

/** A tool's name is short; a longer phrase is a remark ("basic understanding of ..."). */
const MAX_TOOL_WORDS = 5;

/** Lowercase words a product name may carry ("Bash scripting", "Linux system logs"), but no more. */
const MAX_LOWERCASE_WORDS = 2;

/** One entry lists a few dozen tools at most; reading stops well past that, so huge input stays cheap. */
const MAX_NAMES_READ = 200;
const MAX_SENTENCES_READ = 100;

/** Lists nested in parentheses are read this deep: "cloud platforms (AWS (S3, EC2), Azure)". */
const MAX_FRAGMENT_DEPTH = 2;

/** Words that make a fragment a sentence about tools rather than a list of tools. */
const SENTENCE_VERB =
  /(?<![\w-])(is|are|was|were|offers?|provides?|helps?|learn|use|using|choose|consider|start|aim|expand|focus)(?![\w-])/i;

/**
 * Verbs that make a whole sentence prose ("Metasploit and Burp Suite are industry standard").
 * Fewer than for one fragment: "help" and "use" are also nouns in lists ("online help").
 */
const PROSE_VERB = /(?<![\w-])(is|are|was|were|offers?|provides?|helps|learn|choose|consider|focus)(?![\w-])/i;

/** A fragment opening with one of these continues a sentence ("then expand to others", "for creating plans"). */
const CONTINUATION = /^(then|and|or|for|with|to|in|on|by|from|depending|especially|potentially|etc)\b/i;

/** "Tools for creating wireframes" says what something is for, not what it is called. */
const PURPOSE = /\bfor [a-z]+ing\b|^essential\b/i;

/** Nouns for a kind of tool; a phrase built on one describes tools rather than naming one. */
const CATEGORY_NOUN =
  'tools?|platforms?|services?|frameworks?|librar(?:y|ies)|utilities|solutions?|systems?|software|databases?|warehouses?|storage|labs?|technolog(?:y|ies)|concepts?|options?|editors?|languages?|suites?|environments?|engines?|scanners?|packages?|applications?|apps?';
const CATEGORY_WORD = new RegExp(`\\b(?:${CATEGORY_NOUN})\\b`, 'i');
/** What a lowercase phrase ends on when it describes a kind of thing: "Kubernetes security tools", "basic SQL skills". */
const DESCRIPTIVE_HEAD = new RegExp(
  `(?:^|\\s)(?:${CATEGORY_NOUN}|skills?|knowledge|understanding|experience|principles|files|features)$`,
);
const ONLY_CATEGORY_WORDS = new RegExp(`^(?:(?:${CATEGORY_NOUN})(?:\\s+|$))+$`, 'i');

const EXAMPLES_INTRO = /^(e\.g\.|i\.e\.|such as|like|including|for example)[,:]?\s*/i;
const LIKE_EXAMPLES = /\b(?:like|such as|including)\s+(?=[A-Za-z0-9.])/;

/** Parentheses that list names ("(AWS, Azure, GCP)", "(e.g., Jest)") rather than remark on one. */
function listsNames(inner: string): boolean {
  if (EXAMPLES_INTRO.test(inner)) return true;
  if (!inner.includes(',')) return false;
  const parts = splitNameList(inner).map(withoutDashRemark);
  const named = parts.filter((part) => wordCount(part) === 1 || (/^[A-Z0-9.]/.test(part) && lowercaseWords(part) === 0));
  return parts.length > 0 && named.length * 2 >= parts.length;
}

/** The word just before a position, without punctuation. */
function wordBefore(text: string, index: number): string {
  const words = text.slice(Math.max(0, index - 40), index).trim().split(' ');
  return (words[words.length - 1] ?? '').replace(/[^\w-]/g, '');
}

const CATEGORY_HEAD = new RegExp(`^(?:${CATEGORY_NOUN})$`, 'i');

/** Parentheses listing names right after a kind of tool: "monitoring tools (CloudWatch, Grafana)". */
function listingGroups(fragment: string, after: (word: string) => boolean) {
  return parentheticals(fragment).filter(
    (group) => listsNames(group.inner) && after(wordBefore(fragment, group.start)),
  );
}

/** A generic kind of tool whose parentheses or "like ..." list the actual tools: "Build tools (Webpack, Parcel)". */
function isCategory(fragment: string, outside: string): boolean {
  const like = LIKE_EXAMPLES.exec(outside);
  if (like && CATEGORY_HEAD.test(wordBefore(outside, like.index))) return true;
  const described = /^[a-z]/.test(outside) && wordCount(outside) > 1;
  if (described && (like || listingGroups(fragment, () => true).length > 0)) return true;
  return listingGroups(fragment, (word) => CATEGORY_HEAD.test(word)).length > 0;
}

/** Whether a cleaned phrase reads as a product's name. */
export function isToolName(name: string): boolean {
  if (name === '' || CONTINUATION.test(name) || /^other\b/i.test(name)) return false;
  if (wordCount(name) > MAX_TOOL_WORDS || SENTENCE_VERB.test(name) || PURPOSE.test(name)) return false;
  const outside = removeParentheticals(name, () => true);
  if (DESCRIPTIVE_HEAD.test(outside) || ONLY_CATEGORY_WORDS.test(outside)) return false;
  if (lowercaseWords(name) > MAX_LOWERCASE_WORDS) return false;
  // "the official IDE", "open-source firewall options": a lowercase opening starts a description.
  if (/^[a-z][\w'-]* [a-z]/.test(outside)) return false;
  // Product names carry a capital, digit or symbol; "project velocity" is a topic, not a tool.
  return wordCount(name) === 1 || /[A-Z0-9./+#]/.test(name);
}

function namesInCategory(fragment: string, outside: string, depth: number): string[] {
  if (depth >= MAX_FRAGMENT_DEPTH) return [];
  const inParentheses = parentheticals(fragment)
    .filter((group) => listsNames(group.inner))
    .flatMap((group) => splitNameList(group.inner.replace(EXAMPLES_INTRO, '')));
  const example = LIKE_EXAMPLES.exec(outside);
  const afterLike = example ? splitNameList(outside.slice(example.index + example[0].length)) : [];
  return [...inParentheses, ...afterLike].flatMap((part) => toolsOfFragment(part, depth + 1));
}

/** The tools one comma-separated part of a list names: none, one, or those of a category's examples. */
export function toolsOfFragment(fragment: string, depth = 0): string[] {
  const base = withoutDashRemark(fragment);
  const outside = removeParentheticals(base, () => true);
  // "pytest and unittest (Python)": lowercase names joined by "and", which the list split keeps together.
  const joined = /^[a-z]/.test(outside) && !CATEGORY_WORD.test(outside) && !LIKE_EXAMPLES.test(outside);
  const parts = joined ? splitTopLevel(base, /\s+(?:and|or)\s+/) : [];
  if (parts.length > 1 && depth < MAX_FRAGMENT_DEPTH) return parts.flatMap((part) => toolsOfFragment(part, depth + 1));
  if (isCategory(base, outside)) return namesInCategory(base, outside, depth);

  // "Node.js with Express", "Python with Django": a tool and the one it is used with.
  const paired = splitTopLevel(base, /\s+with\s+(?=[A-Za-z.])/);
  if (paired.length > 1 && depth < MAX_FRAGMENT_DEPTH)
    return paired.flatMap((part) => toolsOfFragment(part, depth + 1));

  if (PURPOSE.test(outside)) return [];
  // "Angular for frameworks", "Ansible for configuration management": the name comes before "for".
  const [named = ''] = splitTopLevel(base, /\s+for\s+(?=[a-z])/);
  // A product's parentheses may list its parts or variants: "Linux (Kali Linux, Ubuntu Server)".
  const name = tidy(removeParentheticals(named, (inner) => isNote(inner) || listsNames(inner)));
  return isToolName(name) ? [name, ...usedWith(named, depth)] : [];
}

/** "Jira (with Zephyr or Xray)": tools named as used together with this one. */
function usedWith(fragment: string, depth: number): string[] {
  if (depth >= MAX_FRAGMENT_DEPTH) return [];
  return parentheticals(fragment)
    .filter((group) => /^with\s/i.test(group.inner))
    .flatMap((group) => splitNameList(group.inner.replace(/^with\s+/i, '')))
    .flatMap((part) => toolsOfFragment(part, depth + 1));
}

/** Names a prose sentence still gives: lists in parentheses and examples after "such as". */
function toolsInProse(sentence: string): string[] {
  // Only after a lowercase word ("skills (Python, Bash)"): after a name they are remarks on it.
  const inParentheses = listingGroups(sentence, (word) => /^[a-z]/.test(word))
    .flatMap((group) => splitNameList(group.inner.replace(EXAMPLES_INTRO, '')))
    .flatMap((part) => toolsOfFragment(part));
  const afterLeadIn = namesAfterLeadIn(sentence, (part) => toolsOfFragment(part).length > 0).flatMap((part) =>
    toolsOfFragment(part),
  );
  return [...inParentheses, ...afterLeadIn];
}

function isListSentence(sentence: string, fragments: string[]): boolean {
  const [first] = fragments;
  return (
    first !== undefined &&
    !PROSE_VERB.test(removeParentheticals(sentence, () => true)) &&
    // "Start with Python or Java, then ...": a sentence that opens with a verb is prose.
    !SENTENCE_VERB.test(first.split(' ')[0] ?? '') &&
    toolsOfFragment(first).length > 0
  );
}

/**
 * Every way a later sentence may repeat a listed name: the name itself, its last words
 * ("Redshift" for "AWS Redshift") and the name before its parentheses. A set, so the check
 * stays linear however long the list.
 */
function namedForms(names: string[]): Set<string> {
  const forms = new Set<string>();
  for (const name of names) {
    const lower = name.toLowerCase();
    forms.add(lower);
    forms.add(removeParentheticals(lower, () => true));
    const words = lower.split(' ');
    for (let index = 1; index < words.length; index += 1) forms.add(words.slice(index).join(' '));
  }
  return forms;
}

/** Longest generic thing a list of lowercase names may hold: "logic analyzer", "digital multimeter". */
const MAX_GENERIC_NAME_WORDS = 3;

/**
 * "digital multimeter, oscilloscope, logic analyzer": a list of lowercase things names generic
 * tools, where a lowercase phrase elsewhere would start a description.
 */
function genericNames(fragments: string[]): string[] {
  if (fragments.length < 2 || !fragments.every((fragment) => /^[a-z]/.test(fragment))) return [];
  const names = fragments.map((fragment) => tidy(removeParentheticals(fragment, isNote)));
  const plain = (name: string) =>
    wordCount(name) <= MAX_GENERIC_NAME_WORDS &&
    !SENTENCE_VERB.test(name) &&
    !CONTINUATION.test(name) &&
    !PURPOSE.test(name) &&
    !DESCRIPTIVE_HEAD.test(name);
  return names.every(plain) ? names : [];
}

/** The tools named by a bullet's text: its lists, then names its sentences mention in passing. */
export function toolsOfText(text: string): string[] {
  const listed: string[] = [];
  const mentioned: string[] = [];
  for (const sentence of sentences(text).slice(0, MAX_SENTENCES_READ)) {
    const fragments = splitNameList(sentence).slice(0, MAX_NAMES_READ);
    const generic = genericNames(fragments);
    if (generic.length > 0) listed.push(...generic);
    else if (isListSentence(sentence, fragments)) listed.push(...fragments.flatMap((f) => toolsOfFragment(f)));
    else mentioned.push(...toolsInProse(sentence));
  }
  const forms = namedForms(listed);
  return [...listed, ...mentioned.filter((name) => !forms.has(name.toLowerCase()))];
}

/** Names in running prose, for entries that mention tools only in sentences. */
export function toolsMentionedIn(text: string): string[] {
  return sentences(text)
    .flatMap((sentence) => properNameRuns(sentence))
    .filter((name) => isToolName(name));
}

/** The tools a label itself lists: "HTML5, CSS3, JavaScript (ES6+)" or one name such as "Python (Backend)". */
export function toolsOfLabel(label: string): string[] {
  const parts = splitNameList(label);
  if (parts.length > 1) return parts.flatMap((part) => toolsOfFragment(part));
  const single = tidy(removeParentheticals(label, () => true));
  return isToolName(single) ? [single] : [];
}

/** Plain lowercase words ("design, prototyping") describe; a list of tools has at least one real name. */
export function describesRatherThanLists(tools: string[]): boolean {
  return tools.length > 0 && tools.every((tool) => /^[a-z]+$/.test(tool));
}

/** Names listed in a label's parentheses: "Spreadsheet Software (Excel, Google Sheets)". */
export function toolsInLabelParentheses(label: string): string[] {
  return parentheticals(label)
    .filter((group) => listsNames(group.inner))
    .flatMap((group) => splitNameList(group.inner.replace(EXAMPLES_INTRO, '')))
    .flatMap((part) => toolsOfFragment(part));
}
