import type { ToolGroup } from '../../../shared/domain';
import type { LabelledItem } from './labelled-items';
import {
  isNote,
  parentheticals,
  removeParentheticals,
  sentences,
  splitNameList,
  tidy,
  wordCount,
} from './text-lists';

/** A tool's name is short; a longer phrase is a remark ("basic understanding of ..."). */
const MAX_TOOL_WORDS = 5;

/** Words that make a fragment a sentence about tools rather than a list of tools. */
const SENTENCE_VERB =
  /(?<![\w-])(is|are|was|were|offers?|provides?|helps?|learn|use|using|choose|consider|start|aim|expand|focus)(?![\w-])/i;

/** A fragment opening with one of these continues a sentence ("then expand to others", "for creating plans"). */
const CONTINUATION = /^(then|and|or|for|with|to|in|on|by|from|depending|especially|potentially|etc)\b/i;

/** "Tools for creating wireframes" says what something is for, not what it is called. */
const PURPOSE = /\bfor [a-z]+ing\b|^essential\b/i;

/** A generic category whose parenthetical lists the actual tools: "Build tools (Webpack, Parcel)". */
const CATEGORY_WORD =
  /\b(tools|platforms|services|frameworks|libraries|utilities|solutions|systems|software)\b/i;

const EXAMPLES_INTRO = /^(e\.g\.|i\.e\.|such as|like|for example)[,:]?\s*/i;

function groupName(label: string): string {
  return tidy(removeParentheticals(label, () => true)) || tidy(label);
}

function toolsOfFragment(fragment: string): string[] {
  const listing = parentheticals(fragment).find((group) => group.inner.includes(','));
  const outside = removeParentheticals(fragment, () => true);
  if (listing && (/^[a-z]/.test(fragment) || CATEGORY_WORD.test(outside))) {
    return splitNameList(listing.inner.replace(EXAMPLES_INTRO, '')).flatMap(toolsOfFragment);
  }
  const examples = /\b(?:like|such as)\s+(.+)$/i.exec(outside);
  if (examples?.[1] && CATEGORY_WORD.test(outside))
    return splitNameList(examples[1]).flatMap(toolsOfFragment);

  const name = tidy(removeParentheticals(fragment, isNote));
  if (name === '' || CONTINUATION.test(name) || /^other\b/i.test(name)) return [];
  if (wordCount(name) > MAX_TOOL_WORDS || SENTENCE_VERB.test(name) || PURPOSE.test(name)) return [];
  // Product names carry a capital, digit or symbol; "project velocity" is a topic, not a tool.
  if (wordCount(name) > 1 && !/[A-Z0-9./+#]/.test(name)) return [];
  return [name];
}

function toolsOfText(text: string): string[] {
  return sentences(text)
    .filter((sentence) => !SENTENCE_VERB.test(removeParentheticals(sentence, () => true)))
    .flatMap((sentence) => splitNameList(sentence).flatMap(toolsOfFragment));
}

function toolsOfItem(item: LabelledItem): string[] {
  if (item.nested.length > 0 && item.text === '') {
    return item.nested.flatMap((child) => (child.text ? toolsOfText(child.text) : [groupName(child.label)]));
  }
  return toolsOfText(item.text);
}

/** One group per bullet of the tools section: its label names the group, its text lists the tools. */
export function extractToolGroups(items: LabelledItem[]): ToolGroup[] {
  const groups: ToolGroup[] = [];
  for (const item of items) {
    const tools = [...new Set(toolsOfItem(item))];
    const name = item.label ? groupName(item.label) : '';
    if (name !== '' && tools.length > 0) groups.push({ name, tools, starter: null, hours: null });
  }
  return groups;
}
