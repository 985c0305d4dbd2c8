/** Career paths with known levels and hours, for the schedule tests of the service. */
import type { PlannerService, ServiceInput } from '../../../shared/contract';
import type { PlanDetail, PlanItem } from '../../../shared/domain';
import { expectOk } from '../../helpers/service';

const WHY = 'why: A made-up certificate used by the StudyPath tests.';

function certification(name: string, level: string, hours: number): string[] {
  return [
    `  - name: ${name}`,
    '    issuer: Test Board',
    `    level: ${level}`,
    `    hours: ${hours}`,
    '    url: https://example.com/certificate',
    `    ${WHY}`,
  ];
}

function document(id: string, lists: string[]): Uint8Array<ArrayBuffer> {
  const text = [
    '---',
    `id: ${id}`,
    `title: ${id}`,
    'description: A made-up role used by the StudyPath tests.',
    ...lists,
    '---',
    '',
    `# ${id}`,
    '',
    '## Definition',
    '',
    'A made-up role used by the StudyPath tests.',
    '',
  ].join('\n');
  return new TextEncoder().encode(text);
}

/**
 * Every level of certification, listed out of study order, a tool group without hours and a
 * project: the default order and effort rules all show.
 */
export const mixedPathBytes = document('cloud-builder', [
  'certifications:',
  ...certification('Cloud Architect Expert', 'expert', 12),
  ...certification('Cloud Basics', 'foundational', 6),
  ...certification('Cloud Developer Professional', 'professional', 10),
  ...certification('Cloud Developer Associate', 'associate', 8),
  'tools:',
  '  - group: Command line',
  '    tools: [Bash, PowerShell]',
  '    start: Bash',
  '    hours: 4',
  '  - group: Containers',
  '    tools: [Docker, Podman]',
  '    start: Docker',
  'projects:',
  '  - title: Team wiki',
  '    summary: Set up a wiki for a small team.',
  '    hours: 5',
  '    deliverables:',
  '      - A running wiki',
]);

/** Four items of five hours each, whose default order is the order they are listed in here. */
export const steadyPathBytes = document('steady-learner', [
  'certifications:',
  ...certification('Cloud Basics', 'foundational', 5),
  'tools:',
  '  - group: Shell',
  '    tools: [Bash]',
  '    start: Bash',
  '    hours: 5',
  '  - group: Git',
  '    tools: [Git]',
  '    start: Git',
  '    hours: 5',
  'projects:',
  '  - title: Portfolio',
  '    summary: Publish a small portfolio site.',
  '    hours: 5',
  '    deliverables:',
  '      - A published site',
]);

/** An hour each weekday, nothing at the weekend: five hours of work fill Monday to Friday. */
export const WEEKDAY_HOUR: [number, number, number, number, number, number, number] = [
  60, 60, 60, 60, 60, 0, 0,
];

type PlanOptions = Partial<Omit<ServiceInput<'createPlan'>, 'pathId' | 'itemKeys'>>;

export function importPath(
  service: PlannerService,
  bytes: Uint8Array<ArrayBuffer>,
  fileName: string,
): string {
  return expectOk(service.importCareerPath({ fileName, bytes })).pathId;
}

/** Plans every item of a path. */
export function planAll(service: PlannerService, pathId: string, options: PlanOptions = {}): PlanDetail {
  const path = expectOk(service.getPath({ pathId }));
  return expectOk(
    service.createPlan({
      name: 'Study plan',
      startDate: '2026-03-02',
      targetDate: '2026-12-31',
      ...options,
      pathId,
      itemKeys: path.items.map((item) => item.key),
    }),
  );
}

/**
 * The steady path planned from Monday 2026-03-02 an hour each weekday, as soon as possible:
 * Cloud Basics that week, Shell the next, then Git, then Portfolio.
 */
export function steadyPlan(service: PlannerService, options: PlanOptions = {}): PlanDetail {
  const pathId = importPath(service, steadyPathBytes, 'steady.md');
  return planAll(service, pathId, { budget: WEEKDAY_HOUR, mode: 'asap', ...options });
}

/** Title, start date and due date of each item, in plan order. */
export function datesOf(plan: Pick<PlanDetail, 'items'>): [string, string | null, string | null][] {
  return plan.items.map((item) => [item.title, item.startDate, item.dueDate]);
}

export function itemTitled(plan: Pick<PlanDetail, 'items'>, title: string): PlanItem {
  const item = plan.items.find((candidate) => candidate.title === title);
  if (item === undefined) throw new Error(`no item "${title}" in the plan`);
  return item;
}
