/** Words and ordering for the path screen, kept apart from React so they can be tested alone. */
import type { CertificationLevel, PathSection, RelatedPath } from '../../../shared/domain';

export const levelLabel: Record<CertificationLevel, string> = {
  foundational: 'Foundational',
  associate: 'Associate',
  professional: 'Professional',
  expert: 'Expert',
};

export function formatHours(hours: number): string {
  return hours === 1 ? 'about 1 hour' : `about ${hours} hours`;
}

/** "Shares: CompTIA Security+, Jira and 3 more": certifications first, they weigh more. */
export function sharesLine(related: RelatedPath, shown = 4): string {
  const shared = [...related.sharedCertifications, ...related.sharedTools];
  if (shared.length === 0) return '';
  const listed = shared.slice(0, shown).join(', ');
  const rest = shared.length - shown;
  return rest > 0 ? `Shares: ${listed} and ${rest} more` : `Shares: ${listed}`;
}

/** Headings of prose that looks past the first job: the plan belongs before it. */
const BEYOND_THE_PLAN =
  /career|progression|ladder|growth|advanc|further|reading|resources|next steps|conclusion/i;

/**
 * Splits the prose around the structured certifications, tools and projects: they read best
 * after what the role is and how to start, and before where it leads and what to read next.
 */
export function placePlanSections(sections: readonly PathSection[]): {
  before: PathSection[];
  after: PathSection[];
} {
  // The first section introduces the role, whatever its heading says.
  const cut = sections.findIndex((section, index) => index > 0 && BEYOND_THE_PLAN.test(section.heading));
  if (cut === -1) return { before: [...sections], after: [] };
  return { before: sections.slice(0, cut), after: sections.slice(cut) };
}
