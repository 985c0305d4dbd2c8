import type { ProjectIdea } from '../../../shared/domain';
import type { LabelledItem } from './labelled-items';
import { itemName } from './labelled-items';
import { removeParentheticals, sentences, splitTopLevel, tidy } from './text-lists';

/** Bullets that advise how to present work rather than describe a project to build. */
const NOT_A_PROJECT =
  /showcas|platforms?$|impactful|descriptions?\b|\btips$|^tips?$|^notes?$/i;

/** "Beginner", "Level 2: Intermediate": a heading that sorts projects rather than naming one. */
const PROJECT_LEVEL = /^(?:level\s*\d+\b.*|beginner|intermediate|advanced|easy|medium|hard|expert|starter|stretch)\b/i;

/** "Project 1: Build X", "2. Build X": the number orders the list and is not part of the title. */
function withoutNumbering(title: string): string {
  return title.replace(/^(?:project\s*#?\d*\s*[:.)–—-]\s*|#?\d+\s*[.):–—-]\s+)/i, '').trim();
}

/** "Project: Puzzle game" or "Project 3 – Chat bot": the label only counts, the text is the title. */
const COUNTING_LABEL = /^project\s*#?\d*$/i;

/** '"Business Process Improvement Project" - Analyze ...': a quoted name is the project's title. */
function quotedTitle(label: string): string | null {
  const match = /^["“]([^"”]{2,200})["”]\s*(?:[-–—:]|$)/.exec(label);
  return match?.[1]?.trim() ?? null;
}

/** A title without its numbering and its remarks in parentheses ("(Open Source or Demo Apps)"). */
function cleanTitle(raw: string): string {
  const numbered = withoutNumbering(raw);
  const quoted = quotedTitle(numbered);
  if (quoted !== null) return tidy(quoted);
  return tidy(removeParentheticals(numbered, () => true)) || tidy(numbered);
}

/** The first clause of an untitled idea: "Build a weather logger, reading a sensor over I2C". */
function firstClause(sentence: string): string {
  return splitTopLevel(sentence, /[,;]\s+|\s[–—]\s+/)[0] ?? sentence;
}

function projectOf(item: LabelledItem): ProjectIdea | null {
  const deliverables = item.nested.map(itemName).filter(Boolean);
  if (item.label && !COUNTING_LABEL.test(item.label)) {
    const title = cleanTitle(item.label);
    return title === '' ? null : { title, description: item.text, deliverables, hours: null };
  }
  const [first = '', ...rest] = sentences(item.text);
  const title = cleanTitle(firstClause(first));
  const description = [first.slice(firstClause(first).length).replace(/^[,;–—\s]+/, ''), ...rest]
    .filter(Boolean)
    .join('. ');
  return title === '' ? null : { title, description, deliverables, hours: null };
}

/**
 * An entry that only groups the projects under it ("Beginner", "Web projects"), unlike a
 * project whose nested bullets are what to hand in.
 */
function groupsNested(item: LabelledItem): boolean {
  if (item.nested.length === 0) return false;
  if (PROJECT_LEVEL.test(item.label)) return true;
  if (item.text !== '') return false;
  return item.label === '' || /\bprojects$/i.test(removeParentheticals(item.label, () => true));
}

/**
 * Project ideas from the entries of a project section, one per entry; entries that only
 * group others are read through. Nesting follows the outline and lists, both kept shallow.
 */
export function extractProjects(items: LabelledItem[]): ProjectIdea[] {
  return items.flatMap((item): ProjectIdea[] => {
    if (NOT_A_PROJECT.test(removeParentheticals(item.label, () => true))) return [];
    if (groupsNested(item)) return extractProjects(item.nested);
    const project = projectOf(item);
    return project ? [project] : [];
  });
}
