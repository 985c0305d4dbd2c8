import { describe, expect, it } from 'vitest';
import type { CertificationLevel, ContentItem, PathDetail } from '../../../shared/domain';
import { budgetToDraft } from '../../../renderer/src/newPlan/budgetDraft';
import {
  createPlanInput,
  defaultDraft,
  draftPreview,
  validateDraft,
  withKindSelected,
} from '../../../renderer/src/newPlan/newPlanForm';
import { certificationLevels } from '../../../renderer/src/newPlan/schedulePreview';

const items: ContentItem[] = [
  { key: 'p/certification/a-plus', kind: 'certification', title: 'CompTIA A+', description: '', hours: 10 },
  { key: 'p/certification/ccnp', kind: 'certification', title: 'CCNP', description: '', hours: 10 },
  {
    key: 'p/certification/itil',
    kind: 'certification',
    title: 'ITIL Foundation',
    description: '',
    hours: 10,
  },
  { key: 'p/tool/ticketing', kind: 'tool', title: 'Ticketing', description: 'Zendesk, Jira', hours: 10 },
  { key: 'p/project/portfolio', kind: 'project', title: 'Portfolio', description: '', hours: null },
];

const levels = new Map<string, CertificationLevel>([
  ['p/certification/a-plus', 'associate'],
  ['p/certification/ccnp', 'professional'],
  ['p/certification/itil', 'foundational'],
]);

/** 2026-01-05 is a Monday. */
const MONDAY = '2026-01-05';

describe('new plan form', () => {
  it('suggests a named six-month plan starting today, everything included, at an hour on weekdays and three on Saturday', () => {
    const draft = defaultDraft('Support Engineer', items, '2026-01-31');
    expect(draft.name).toBe('Support Engineer plan');
    expect(draft.startDate).toBe('2026-01-31');
    expect(draft.targetDate).toBe('2026-07-31');
    expect(draft.selectedKeys.size).toBe(5);
    expect(draft.budget).toEqual(['1', '1', '1', '1', '1', '3', '0']);
    expect(draft.mode).toBe('target');
  });

  it('previews the due dates the budget gives, basics first and advanced certifications late', () => {
    const draft = {
      ...defaultDraft('X', items, MONDAY),
      budget: budgetToDraft([120, 120, 120, 120, 120, 0, 0]),
      mode: 'asap' as const,
    };
    const result = draftPreview(items, levels, draft, MONDAY);
    if (result === null || !result.ok) throw new Error('expected a preview');
    const { preview } = result;
    // 10 h at 2 h a weekday is one working week per item; the portfolio project (no hours given) takes 15 h.
    expect(preview.orderedKeys).toEqual([
      'p/certification/itil',
      'p/tool/ticketing',
      'p/certification/a-plus',
      'p/project/portfolio',
      'p/certification/ccnp',
    ]);
    expect(preview.dueDates.get('p/certification/itil')).toBe('2026-01-09');
    expect(preview.dueDates.get('p/tool/ticketing')).toBe('2026-01-16');
    expect(preview.dueDates.get('p/certification/a-plus')).toBe('2026-01-23');
    expect(preview.dueDates.get('p/project/portfolio')).toBe('2026-02-04');
    expect(preview.projectedFinish).toBe('2026-02-11');
    expect(preview.totalHours).toBe(55);
  });

  it('says how many days a target is missed by when the study time is too small for it', () => {
    const draft = {
      ...defaultDraft('X', items, MONDAY),
      budget: budgetToDraft([120, 120, 120, 120, 120, 0, 0]),
      targetDate: '2026-01-30',
    };
    const result = draftPreview(items, levels, draft, MONDAY);
    if (result === null || !result.ok) throw new Error('expected a preview');
    expect(result.preview.projectedFinish).toBe('2026-02-11');
    expect(result.preview.targetShortfallDays).toBe(12);
  });

  it('spreads the work to finish on a target the budget can make', () => {
    const draft = { ...defaultDraft('X', items, MONDAY), targetDate: '2026-12-31' };
    const result = draftPreview(items, levels, draft, MONDAY);
    if (result === null || !result.ok) throw new Error('expected a preview');
    expect(result.preview.targetShortfallDays).toBe(0);
    expect(result.preview.projectedFinish! <= '2026-12-31').toBe(true);
    expect(result.preview.projectedFinish! >= '2026-12-24').toBe(true);
  });

  it('plans a start date in the past from today, as the back end does', () => {
    const draft = { ...defaultDraft('X', items, '2025-06-02'), mode: 'asap' as const };
    const fromPast = draftPreview(items, levels, draft, MONDAY);
    const fromToday = draftPreview(items, levels, { ...draft, startDate: MONDAY }, MONDAY);
    if (fromPast === null || !fromPast.ok || fromToday === null || !fromToday.ok)
      throw new Error('expected previews');
    expect(fromPast.preview.projectedFinish).toBe(fromToday.preview.projectedFinish);
  });

  it('unticked items get no due date', () => {
    const draft = defaultDraft('X', items, MONDAY);
    const selectedKeys = withKindSelected(draft.selectedKeys, items, 'certification', false);
    const result = draftPreview(items, levels, { ...draft, selectedKeys }, MONDAY);
    if (result === null || !result.ok) throw new Error('expected a preview');
    expect(result.preview.dueDates.has('p/certification/a-plus')).toBe(false);
    expect(result.preview.orderedKeys).toEqual(['p/tool/ticketing', 'p/project/portfolio']);
  });

  it('sends the budget, the mode and the study order; "as soon as possible" keeps its finish as the target', () => {
    const draft = { ...defaultDraft('X', items, MONDAY), name: '  My plan ', mode: 'asap' as const };
    const result = draftPreview(items, levels, draft, MONDAY);
    if (result === null || !result.ok) throw new Error('expected a preview');
    const input = createPlanInput('p', draft, result.preview);
    expect(input).toEqual({
      name: 'My plan',
      pathId: 'p',
      startDate: MONDAY,
      targetDate: result.preview.projectedFinish,
      itemKeys: result.preview.orderedKeys,
      budget: [60, 60, 60, 60, 60, 180, 0],
      mode: 'asap',
    });
    const byTarget = createPlanInput('p', { ...draft, mode: 'target' }, result.preview);
    expect(byTarget?.targetDate).toBe(draft.targetDate);
  });

  it('explains what is wrong instead of creating a broken plan', () => {
    const errors = validateDraft({
      ...defaultDraft('X', items, '2026-05-01'),
      name: '  ',
      targetDate: '2026-04-01',
      selectedKeys: new Set(),
      budget: ['0', '0', '0', '0', '0', '0', ''],
    });
    expect(errors.name).toMatch(/name/);
    expect(errors.targetDate).toMatch(/on or after the start date/);
    expect(errors.items).toMatch(/at least one/);
    expect(errors.budget).toMatch(/at least one day/);
  });

  it('needs no target date when the plan is to finish as soon as possible', () => {
    const draft = { ...defaultDraft('X', items, MONDAY), targetDate: '', mode: 'asap' as const };
    expect(validateDraft(draft)).toEqual({});
    expect(draftPreview(items, levels, draft, MONDAY)?.ok).toBe(true);
  });

  it('a target date before the start, or an unreadable budget, gives no preview instead of crashing', () => {
    const draft = defaultDraft('X', items, MONDAY);
    expect(draftPreview(items, levels, { ...draft, targetDate: '2025-12-01' }, MONDAY)).toBeNull();
    expect(draftPreview(items, levels, { ...draft, startDate: '' }, MONDAY)).toBeNull();
    expect(
      draftPreview(items, levels, { ...draft, budget: ['x', '1', '1', '1', '1', '1', '1'] }, MONDAY),
    ).toBeNull();
  });

  it('a valid draft has no errors', () => {
    expect(validateDraft(defaultDraft('X', items, '2026-01-01'))).toEqual({});
  });

  it('reads certification levels from the path, item by item', () => {
    const path = {
      items,
      content: {
        certifications: [
          { name: 'CompTIA A+', level: 'associate' },
          { name: 'CCNP', level: null },
          { name: 'ITIL Foundation', level: 'foundational' },
        ],
      },
    } as unknown as PathDetail;
    expect([...certificationLevels(path)]).toEqual([
      ['p/certification/a-plus', 'associate'],
      ['p/certification/itil', 'foundational'],
    ]);
  });
});
