import { describe, expect, it } from 'vitest';
import { defaultEffortHours, defaultItemOrder, type OrderableItem } from '../../../shared/planning';

describe('effort estimates', () => {
  it('takes the hours the content gives', () => {
    expect(defaultEffortHours('certification', 60)).toBe(60);
    expect(defaultEffortHours('project', 2.5)).toBe(2.5);
  });

  it('falls back to a typical effort per kind of item when the content gives none', () => {
    expect(defaultEffortHours('certification', null)).toBe(40);
    expect(defaultEffortHours('tool', null)).toBe(20);
    expect(defaultEffortHours('project', undefined)).toBe(15);
    expect(defaultEffortHours('custom', null)).toBe(5);
    expect(defaultEffortHours('tool', 0)).toBe(20);
  });
});

describe('the default study order', () => {
  const item = (name: string, kind: OrderableItem['kind'], level?: OrderableItem['level']) => ({
    name,
    kind,
    level,
  });

  it('goes from basics to expert certifications, the person’s own items last', () => {
    const ordered = defaultItemOrder([
      item('own', 'custom'),
      item('expert', 'certification', 'expert'),
      item('project', 'project'),
      item('professional', 'certification', 'professional'),
      item('associate', 'certification', 'associate'),
      item('tool', 'tool'),
      item('unlevelled', 'certification', null),
      item('foundational', 'certification', 'foundational'),
    ]);
    expect(ordered.map((entry) => entry.name)).toEqual([
      'foundational',
      'tool',
      'associate',
      'unlevelled',
      'project',
      'professional',
      'expert',
      'own',
    ]);
  });

  it('keeps content order among items of the same rank and leaves its input alone', () => {
    const input = [
      item('Project A', 'project'),
      item('Git', 'tool'),
      item('Project B', 'project'),
      item('Docker', 'tool'),
      item('Cert without level', 'certification'),
      item('Associate cert', 'certification', 'associate'),
    ];
    const before = [...input];
    expect(defaultItemOrder(input).map((entry) => entry.name)).toEqual([
      'Git',
      'Docker',
      'Cert without level',
      'Associate cert',
      'Project A',
      'Project B',
    ]);
    expect(input).toEqual(before);
  });
});
