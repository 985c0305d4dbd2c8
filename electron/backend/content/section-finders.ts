import { allSections, type Outline, type OutlineSection } from './markdown-outline';

/**
 * What each part of a career path is called in its heading. Documents differ in level and
 * wording ("#### Project Ideas:", "**Project Ideas:**", "Project Examples (...)"), so a
 * section is found by the words its heading contains, at any depth.
 */
export const sectionMeanings = {
  definition: /\bdefinition\b|\boverview\b|\babout the role\b/i,
  responsibilities:
    /^(?:key |main |core |daily )?(?:responsibilities|tasks|duties)\b|^daily tasks\b|^what .* do\b/i,
  certifications: /certif|\bcredentials?\b/i,
  tools: /\btools?\b|\btechnologies\b|\btech(?:nology)? stack\b|\btoolkit\b|\btoolchain\b/i,
  projects:
    /\bprojects?\s+(?:ideas?|examples?|suggestions?)\b|\b(?:portfolio|practice|sample|example|suggested|starter|hands-on|capstone|side|personal)\s+projects?\b|\bprojects?\s+to\s+(?:build|try|do|start)\b|\bprojects\b|^(?:\d+[.)]\s*)?project$/i,
  /** A part about the portfolio, read for projects only when no heading names project ideas. */
  portfolio: /\bportfolio\b/i,
  skills: /\bskills\b/i,
  entryLevel: /\bentry[- ]level\b/i,
  careerLadder: /\bcareer ladder\b|\bcareer progression\b/i,
  reading: /\breading\b|\bfurther resources\b|\buseful links\b/i,
} as const;

/** Skill headings about moving on from the role, not about entering it. */
const LATER_SKILLS = /transferable|additional|senior|advanced|switch/i;

/** Headings about presenting or managing projects rather than listing projects to build. */
const NOT_PROJECT_IDEAS = /showcas|\btips\b|impactful|descriptions?\b|documentation|management/i;

export type SectionMeaning = keyof typeof sectionMeanings;

/** The one heading that titles the whole document: its words describe the role, not a part of it. */
function titleSection(outline: Outline): OutlineSection | null {
  const [only, ...others] = outline.sections;
  return only !== undefined && others.length === 0 && only.depth === 1 ? only : null;
}

export function findSections(outline: Outline, meaning: SectionMeaning): OutlineSection[] {
  const pattern = sectionMeanings[meaning];
  const title = titleSection(outline);
  return allSections(outline.sections).filter((section) => {
    if (section === title || !pattern.test(section.heading)) return false;
    if (meaning === 'projects' || meaning === 'portfolio') return !NOT_PROJECT_IDEAS.test(section.heading);
    return meaning !== 'skills' || !LATER_SKILLS.test(section.heading);
  });
}

export function findSection(outline: Outline, meaning: SectionMeaning): OutlineSection | undefined {
  return findSections(outline, meaning)[0];
}

/** The sections directly under the same parent as `section` (the top level when it has none). */
function siblingsOf(outline: Outline, section: OutlineSection): OutlineSection[] {
  if (outline.sections.includes(section)) return outline.sections;
  return allSections(outline.sections).find((parent) => parent.children.includes(section))?.children ?? [section];
}

/**
 * The first section with this meaning and any later siblings with the same meaning:
 * "Beginner projects" and "Advanced projects" side by side are one part of the document,
 * while a heading with the same words in another part is not.
 */
export function findSectionRun(outline: Outline, meaning: SectionMeaning): OutlineSection[] {
  const matches = findSections(outline, meaning);
  const [first] = matches;
  if (first === undefined) return [];
  const siblings = siblingsOf(outline, first);
  return siblings.slice(siblings.indexOf(first)).filter((section) => matches.includes(section));
}
