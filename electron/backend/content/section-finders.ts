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
  certifications: /certification/i,
  tools: /\btools?\b/i,
  projects: /\bprojects?\s+(?:ideas?|examples?)\b/i,
  skills: /\bskills\b/i,
  entryLevel: /\bentry[- ]level\b/i,
  careerLadder: /\bcareer ladder\b|\bcareer progression\b/i,
  reading: /\breading\b|\bfurther resources\b|\buseful links\b/i,
} as const;

/** Skill headings about moving on from the role, not about entering it. */
const LATER_SKILLS = /transferable|additional|senior|advanced|switch/i;

export type SectionMeaning = keyof typeof sectionMeanings;

export function findSections(outline: Outline, meaning: SectionMeaning): OutlineSection[] {
  const pattern = sectionMeanings[meaning];
  return allSections(outline.sections).filter((section) => {
    if (!pattern.test(section.heading)) return false;
    return meaning !== 'skills' || !LATER_SKILLS.test(section.heading);
  });
}

export function findSection(outline: Outline, meaning: SectionMeaning): OutlineSection | undefined {
  return findSections(outline, meaning)[0];
}
