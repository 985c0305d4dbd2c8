import type { CareerPathContent } from '../../../shared/domain';
import { mentionedCertifications } from './certification-mentions';
import { extractCertifications, looksLikeCertificationName } from './certifications';
import type { Outline, OutlineSection } from './markdown-outline';
import { properNameRuns } from './proper-names';
import { extractProjects } from './projects';
import { findSectionRun, findSections } from './section-finders';
import { sectionItems, sectionProse } from './section-items';
import { sentences } from './text-lists';
import { extractToolGroups } from './tool-groups';

/** Headings about moving on from the role: certificates there are for the next role. */
const LATER_PARTS = /switch|transition|senior|additional|advanced|progression/i;

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
  const educationItems = findSections(outline, 'education')
    .filter((education) => !LATER_PARTS.test(education.heading))
    .flatMap((education) => [
    ...sectionItems(education),
    { label: '', text: sectionProse(education), nested: [] },
  ]);
  return mentionedCertifications(educationItems);
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
