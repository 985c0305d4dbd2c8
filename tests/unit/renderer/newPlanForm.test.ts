import { describe, expect, it } from 'vitest';
import type { ContentItem } from '../../../shared/domain';
import {
  defaultDraft,
  previewDueDates,
  selectedKeysInStudyOrder,
  validateDraft,
  withKindSelected,
} from '../../../renderer/src/newPlan/newPlanForm';

const items: ContentItem[] = [
  { key: 'p/project/portfolio', kind: 'project', title: 'Portfolio', description: '', hours: null },
  { key: 'p/certification/a-plus', kind: 'certification', title: 'CompTIA A+', description: '', hours: null },
  { key: 'p/tool/ticketing', kind: 'tool', title: 'Ticketing', description: 'Zendesk, Jira', hours: null },
  {
    key: 'p/certification/itil',
    kind: 'certification',
    title: 'ITIL Foundation',
    description: '',
    hours: null,
  },
];

describe('new plan form', () => {
  it('suggests a named six-month plan starting today with everything included', () => {
    const draft = defaultDraft('Support Engineer', items, '2026-01-31');
    expect(draft.name).toBe('Support Engineer plan');
    expect(draft.startDate).toBe('2026-01-31');
    expect(draft.targetDate).toBe('2026-07-31');
    expect(draft.selectedKeys.size).toBe(4);
  });

  it('shows the due dates the plan will get, last item on the target date', () => {
    const draft = defaultDraft('X', items, '2026-01-01');
    const preview = previewDueDates(items, { ...draft, targetDate: '2026-01-05' });
    expect([...preview.entries()]).toEqual([
      ['p/certification/a-plus', '2026-01-02'],
      ['p/certification/itil', '2026-01-03'],
      ['p/tool/ticketing', '2026-01-04'],
      ['p/project/portfolio', '2026-01-05'],
    ]);
  });

  it('unticked items get no due date and the others spread over the whole period', () => {
    const draft = defaultDraft('X', items, '2026-01-01');
    const selectedKeys = withKindSelected(draft.selectedKeys, items, 'certification', false);
    const preview = previewDueDates(items, { ...draft, targetDate: '2026-01-05', selectedKeys });
    expect(preview.has('p/certification/a-plus')).toBe(false);
    expect(preview.get('p/project/portfolio')).toBe('2026-01-05');
    expect(preview.get('p/tool/ticketing')).toBe('2026-01-03');
  });

  it('sends the chosen items in study order', () => {
    const keys = selectedKeysInStudyOrder(items, new Set(items.map((i) => i.key)));
    expect(keys).toEqual([
      'p/certification/a-plus',
      'p/certification/itil',
      'p/tool/ticketing',
      'p/project/portfolio',
    ]);
  });

  it('explains what is wrong instead of creating a broken plan', () => {
    const errors = validateDraft({
      name: '  ',
      startDate: '2026-05-01',
      targetDate: '2026-04-01',
      selectedKeys: new Set(),
    });
    expect(errors.name).toMatch(/name/);
    expect(errors.targetDate).toMatch(/on or after the start date/);
    expect(errors.items).toMatch(/at least one/);
  });

  it('a target date before the start gives no preview instead of crashing', () => {
    const draft = defaultDraft('X', items, '2026-01-01');
    expect(previewDueDates(items, { ...draft, targetDate: '2025-12-01' }).size).toBe(0);
    expect(previewDueDates(items, { ...draft, startDate: '' }).size).toBe(0);
  });

  it('a valid draft has no errors', () => {
    expect(validateDraft(defaultDraft('X', items, '2026-01-01'))).toEqual({});
  });
});
