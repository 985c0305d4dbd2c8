import type { Link, Nodes, RootContent } from 'mdast';
import type { CareerPathContent, ReadingLink, Skill } from '../../../shared/domain';
import { isSafeExternalUrl } from '../../../shared/links';
import { extractPlanItems } from './plan-items';
import type { PlanData } from './plan-data';
import { itemName, readListItem, type LabelledItem } from './labelled-items';
import { blocksWithin, listItemsIn, plainText, type Outline, type OutlineSection } from './markdown-outline';
import { findSection, findSections } from './section-finders';
import { splitNameList, tidy } from './text-lists';

export type BodyContent = Omit<CareerPathContent, 'title' | 'description' | 'sections' | 'planData'>;

function itemsOf(blocks: RootContent[]): LabelledItem[] {
  return listItemsIn(blocks).map(readListItem);
}

function itemsWithin(section: OutlineSection | undefined): LabelledItem[] {
  return section ? itemsOf(blocksWithin(section)) : [];
}

function extractOverview(outline: Outline): string {
  for (const section of findSections(outline, 'definition')) {
    const items = itemsOf(section.blocks);
    const labelled = items.find((item) => /definition|overview/i.test(item.label));
    const chosen = labelled ?? items[0];
    if (chosen && chosen.text !== '') return chosen.text;
    const paragraph = section.blocks.find((block) => block.type === 'paragraph');
    if (paragraph) return plainText(paragraph);
  }
  return '';
}

function extractResponsibilities(outline: Outline): string[] {
  const section = findSection(outline, 'responsibilities');
  return itemsWithin(section).map(itemName).filter(Boolean);
}

function skillCategory(heading: string): Skill['category'] {
  if (/soft|people|interpersonal/i.test(heading)) return 'soft';
  if (/technical|hard/i.test(heading)) return 'technical';
  return 'other';
}

function skillsOfItems(items: LabelledItem[], category: Skill['category']): Skill[] {
  return items.flatMap((item): Skill[] => {
    // "Soft Skills: Problem-solving, communication, ..." lists several skills in one bullet.
    if (/^(soft|technical) skills$/i.test(item.label)) {
      return splitNameList(item.text).map((name) => ({
        name,
        description: '',
        category: skillCategory(item.label),
      }));
    }
    const name = itemName(item);
    return name ? [{ name, description: item.label ? item.text : '', category }] : [];
  });
}

function extractSkills(outline: Outline): Skill[] {
  const section = findSection(outline, 'skills');
  if (!section) return [];
  const own = skillsOfItems(itemsOf(section.blocks), skillCategory(section.heading));
  const nested = section.children.flatMap((child) =>
    skillsOfItems(itemsWithin(child), skillCategory(child.heading)),
  );
  return [...own, ...nested];
}

function extractEntryLevelTitles(outline: Outline): string[] {
  for (const section of findSections(outline, 'entryLevel')) {
    const titles = itemsWithin(section).find((item) => /\btitles?\b/i.test(item.label));
    if (titles) return splitNameList(titles.text).map(tidy).filter(Boolean);
  }
  return [];
}

/** Ladder bullets name the stages; bullets about pay or autonomy describe the ladder instead. */
const NOT_A_STAGE = /salary|pay\b|responsibilit|autonomy/i;

function extractCareerLadder(outline: Outline): string[] {
  return itemsWithin(findSection(outline, 'careerLadder'))
    .filter((item) => !NOT_A_STAGE.test(item.label))
    .map((item) => (item.label ? `${item.label}: ${tidy(item.text)}` : tidy(item.text)))
    .filter(Boolean);
}

/** Every link under the given nodes, in document order; an explicit stack, as nesting can be deep. */
function linksIn(nodes: Nodes[]): Link[] {
  const links: Link[] = [];
  const pending: Nodes[] = [...nodes].reverse();
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === undefined) break;
    if (node.type === 'link') links.push(node);
    else if ('children' in node) pending.push(...[...(node.children as Nodes[])].reverse());
  }
  return links;
}

function extractReadingLinks(outline: Outline, warnings: string[]): ReadingLink[] {
  const section = findSection(outline, 'reading');
  if (!section) return [];
  const links: ReadingLink[] = [];
  for (const link of linksIn(blocksWithin(section))) {
    const title = plainText(link) || link.url;
    if (isSafeExternalUrl(link.url)) links.push({ title, url: link.url });
    else warnings.push(`Reading link skipped: "${title}" is not an http(s) web address.`);
  }
  return links;
}

/** Everything below the front matter, with a warning for each part a career path usually has. */
export function extractBody(
  outline: Outline,
  planData: PlanData | null,
): { content: BodyContent; warnings: string[] } {
  const warnings: string[] = [];
  const content: BodyContent = {
    overview: extractOverview(outline),
    responsibilities: extractResponsibilities(outline),
    ...(planData ?? extractPlanItems(outline)),
    skills: extractSkills(outline),
    entryLevelTitles: extractEntryLevelTitles(outline),
    careerLadder: extractCareerLadder(outline),
    readingLinks: extractReadingLinks(outline, warnings),
  };
  const fromBody = planData === null;
  const missing: [boolean, string][] = [
    [content.overview === '', 'No role definition found (a heading containing "Definition").'],
    [
      fromBody && content.certifications.length === 0,
      'No certifications found (a heading containing "Certifications").',
    ],
    [fromBody && content.toolGroups.length === 0, 'No tools to learn found (a heading containing "Tools").'],
    [fromBody && content.projects.length === 0, 'No project ideas found (a heading containing "Project Ideas").'],
    [content.readingLinks.length === 0, 'No reading links found (a heading containing "Reading").'],
  ];
  const missingParts = missing.filter(([isMissing]) => isMissing).map(([, message]) => message);
  return { content, warnings: [...missingParts, ...warnings] };
}
