import type { CareerPathContent } from '../../../shared/domain';
import { mentionedCertifications } from './certification-mentions';
import { entryText } from './labelled-items';
import { extractCertifications, looksLikeCertificationName } from './certifications';
import { plainText, type Outline, type OutlineSection } from './markdown-outline';
import { properNameRuns } from './proper-names';
import { extractProjects } from './projects';
import { findSectionRun } from './section-finders';
import { itemsOfBlocks, sectionItems, sectionProse } from './section-items';
import { sentences } from './text-lists';
import { extractToolGroups } from './tool-groups';

/**
 * Parts of a document whose certificates are not for entering the role: moving on to the next
 * role, prompts to ask an assistant, reading lists.
 */
const NOT_FOR_THE_ROLE =
  /switch|transition|transferable|senior|additional|advanced|progression|prompts?\b|reading|links|resources/i;

/** Every section outside the parts above, each with only its own blocks (children come separately). */
function sectionsForTheRole(sections: OutlineSection[]): OutlineSection[] {
  return sections
    .filter((section) => !NOT_FOR_THE_ROLE.test(section.heading))
    .flatMap((section) => [section, ...sectionsForTheRole(section.children)]);
}

type PlanItems = Pick<CareerPathContent, 'certifications' | 'toolGroups' | 'projects'>;

/** Certificates a certification section names only in sentences ("Consider CompTIA A+ first."). */
function certificationsInProse(prose: string) {
  const names = sentences(prose).flatMap((sentence) => properNameRuns(sentence)).filter(looksLikeCertificationName);
  return extractCertifications(names.map((name) => ({ label: name, text: '', nested: [] })));
}

function extractAllCertifications(outline: Outline): PlanItems['certifications'] {
  const sections = findSectionRun(outline, 'certifications');
  if (sections.length > 0) {
    const listed = extractCertifications(sections.flatMap(sectionItems));
    if (listed.length > 0) return listed;
    const inProse = certificationsInProse(sections.map(sectionProse).join(' '));
    if (inProse.length > 0) return inProse;
  }
  // No certification section: certificates named where the document discusses getting into the role.
  const mentions = sectionsForTheRole(outline.sections).flatMap((section) =>
    section.blocks.flatMap((block) =>
      block.type === 'paragraph' ? [{ label: '', text: entryText(plainText(block)), nested: [] }] : itemsOfBlocks([block]),
    ),
  );
  return mentionedCertifications(mentions);
}

/** The sections naming project ideas, or else the portfolio part of the document. */
function projectSections(outline: Outline): OutlineSection[] {
  const named = findSectionRun(outline, 'projects');
  return named.length > 0 ? named : findSectionRun(outline, 'portfolio');
}

/** The plannable parts of a document written for reading: certificates, tool groups and projects. */
export function extractPlanItems(outline: Outline): PlanItems {
  return {
    certifications: extractAllCertifications(outline),
    toolGroups: findSectionRun(outline, 'tools').flatMap((section) =>
      extractToolGroups(sectionItems(section), section.heading),
    ),
    projects: projectSections(outline).flatMap((section) => extractProjects(sectionItems(section))),
  };
}
