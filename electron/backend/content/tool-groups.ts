import type { ToolGroup } from '../../../shared/domain';
import type { LabelledItem } from './labelled-items';
import { removeParentheticals, splitNameList, tidy } from './text-lists';
import {
  describesRatherThanLists,
  isToolName,
  toolsInLabelParentheses,
  toolsMentionedIn,
  toolsOfLabel,
  toolsOfText,
} from './tool-names';

/**
 * Tool groups from the entries of a tools section. Most documents give one entry per group
 * ("**Frontend:** React, Vue.js"); some give one entry per tool ("**Docker** – containers"),
 * which become one group named after the section.
 */

/** "Data Analysis and Metrics Tools" names a kind of tool, whatever its capitals. */
const KIND_HEAD =
  /\b(?:tools|platforms|services|systems|software|technologies|solutions|frameworks|libraries|databases|utilities|languages)$/i;

function namesAKind(name: string): boolean {
  return KIND_HEAD.test(removeParentheticals(name, () => true));
}

/** A group is called by its label without the remarks in parentheses: "Cloud Platforms (Choose one)". */
function groupName(label: string): string {
  return tidy(removeParentheticals(label, () => true)) || tidy(label);
}

/** Tools a text lists, or none when its words only describe. */
function listedIn(text: string): string[] {
  const tools = toolsOfText(text);
  return describesRatherThanLists(tools) ? [] : tools;
}

/** "**Xcode** – Apple's IDE": a tool named in the label and described after a dash. */
function describedTool(item: LabelledItem): string[] {
  const name = groupName(item.label);
  return item.described === true && isToolName(name) && !namesAKind(name) ? [name] : [];
}

/** The tools of an entry nested under a group: its text, or its label when the text names none. */
function toolsOfNested(child: LabelledItem): string[] {
  const described = describedTool(child);
  if (described.length > 0) return described;
  const fromLabelList = splitNameList(child.label).length > 1 ? toolsOfLabel(child.label) : [];
  const fromText = listedIn(child.text);
  const fromChildren = child.nested.flatMap((grandchild) => listedIn(itemText(grandchild)));
  const found = [...fromLabelList, ...fromText, ...fromChildren];
  if (found.length > 0 || child.label === '') return found;
  const inParentheses = toolsInLabelParentheses(child.label);
  if (inParentheses.length > 0 || namesAKind(child.label)) return inParentheses;
  return toolsOfLabel(child.label);
}

function itemText(item: LabelledItem): string {
  return item.label && item.text ? `${item.label}. ${item.text}` : item.label || item.text;
}

function toolsOfItem(item: LabelledItem): string[] {
  const listed = [...listedIn(item.text), ...item.nested.flatMap(toolsOfNested)];
  if (listed.length > 0) return listed;
  const inLabel = toolsInLabelParentheses(item.label);
  return inLabel.length > 0 ? inLabel : toolsMentionedIn(item.text);
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Entry =
  | { kind: 'group'; group: ToolGroup }
  | { kind: 'subgroups'; groups: ToolGroup[] }
  /** A label without tools: one tool described ("**Docker** – ...") or a category naming none. */
  | { kind: 'named'; name: string; described: boolean }
  | { kind: 'loose'; tools: string[] };

function group(name: string, tools: string[]): ToolGroup {
  return { name, tools, starter: null, hours: null };
}

/**
 * "Test Automation Tools:" with "Web UI Automation: Selenium, Cypress" and the like nested
 * under it: the nested labels are the real groups.
 */
function subgroupsOf(item: LabelledItem): ToolGroup[] {
  if (item.nested.length === 0 || listedIn(item.text).length > 0) return [];
  const groups = item.nested.map((child) => {
    const isCategory =
      child.label !== '' && child.described !== true && splitNameList(child.label).length === 1;
    return isCategory ? group(groupName(child.label), unique(listedIn(child.text))) : null;
  });
  return groups.every((candidate) => candidate !== null && candidate.tools.length > 0)
    ? (groups as ToolGroup[])
    : [];
}

function entryOf(item: LabelledItem): Entry | null {
  const [described] = describedTool(item);
  if (described !== undefined && item.nested.length === 0) return { kind: 'named', name: described, described: true };
  const subgroups = subgroupsOf(item);
  if (subgroups.length > 0) return { kind: 'subgroups', groups: subgroups };
  const name = item.label ? groupName(item.label) : '';
  const tools = unique(toolsOfItem(item));
  if (name !== '' && tools.length > 0) return { kind: 'group', group: group(name, tools) };
  if (name === '') return tools.length > 0 ? { kind: 'loose', tools } : null;
  return { kind: 'named', name, described: false };
}

function isSingleTool(entry: Entry): entry is Extract<Entry, { kind: 'named' }> {
  return entry.kind === 'named' && isToolName(entry.name) && !namesAKind(entry.name);
}

export function extractToolGroups(items: LabelledItem[], sectionHeading = ''): ToolGroup[] {
  const entries = items.map(entryOf).filter((entry): entry is Entry => entry !== null);
  const sectionGroup = (tools: string[]) => group(sectionHeading || 'Tools', unique(tools));

  if (!entries.some((entry) => entry.kind === 'group' || entry.kind === 'subgroups')) {
    // No entry lists tools: the entries are the tools ("**Figma** – design"), gathered in one group.
    const flat = entries.flatMap((entry) =>
      isSingleTool(entry) ? [entry.name] : entry.kind === 'loose' ? entry.tools : [],
    );
    return flat.length > 0 ? [sectionGroup(flat)] : [];
  }
  const loose = entries.flatMap((entry) => (entry.kind === 'loose' ? entry.tools : []));
  const groups = entries.flatMap((entry): ToolGroup[] => {
    if (entry.kind === 'group') return [entry.group];
    if (entry.kind === 'subgroups') return entry.groups;
    // Among groups, a label naming one tool ("SQL: basic queries") is a group of that tool; a
    // category naming no tool ("Data Analysis Tools: basic familiarity") stays, empty.
    if (entry.kind === 'named') return [group(entry.name, isSingleTool(entry) ? [entry.name] : [])];
    return [];
  });
  return distinctNames(loose.length > 0 ? [...groups, sectionGroup(loose)] : groups, items);
}

/**
 * "Web Development (Frontend)" and "Web Development (Backend)" are both "Web Development" without
 * their remarks; when names collide, the full labels tell the groups apart.
 */
function distinctNames(groups: ToolGroup[], items: LabelledItem[]): ToolGroup[] {
  const counts = new Map<string, number>();
  for (const { name } of groups) counts.set(name, (counts.get(name) ?? 0) + 1);
  if (![...counts.values()].some((count) => count > 1)) return groups;
  // Labels in document order, queued by the name they give, so each group takes its own.
  const labelsByName = new Map<string, string[]>();
  for (const label of items.flatMap((item) => [item.label, ...item.nested.map((child) => child.label)])) {
    const name = groupName(label);
    labelsByName.set(name, [...(labelsByName.get(name) ?? []), label]);
  }
  return groups.map((candidate) => {
    if ((counts.get(candidate.name) ?? 0) < 2) return candidate;
    const full = labelsByName.get(candidate.name)?.shift();
    return full === undefined ? candidate : { ...candidate, name: tidy(full) };
  });
}
