import { describe, expect, it } from 'vitest';
import { parseRoute, routeToHash, type Route } from '../../../renderer/src/navigation/routes';

describe('screen addresses in the hash', () => {
  it('a reload stays on the same screen for every kind of screen', () => {
    const routes: Route[] = [
      { screen: 'library' },
      { screen: 'path', pathId: 'support-engineer' },
      { screen: 'new-plan', pathId: 'support-engineer' },
      { screen: 'plan', planId: 42 },
      { screen: 'upcoming' },
    ];
    for (const route of routes) expect(parseRoute(routeToHash(route))).toEqual(route);
  });

  it('path ids with unusual characters survive the round trip', () => {
    const route: Route = { screen: 'path', pathId: 'a path/with ünïcode & #hash' };
    expect(parseRoute(routeToHash(route))).toEqual(route);
  });

  it('an empty or unknown address opens the library', () => {
    for (const hash of [
      '',
      '#',
      '#/',
      '#/nowhere',
      '#/plans/',
      '#/plans/abc',
      '#/plans/0',
      '#/plans/-3',
      '#/paths/',
    ]) {
      expect(parseRoute(hash)).toEqual({ screen: 'library' });
    }
  });

  it('a malformed percent-encoding does not crash the app', () => {
    expect(parseRoute('#/paths/%E0%A4%A')).toEqual({ screen: 'library' });
  });

  it('a plan id too large to be exact is refused', () => {
    expect(parseRoute('#/plans/99999999999999999999')).toEqual({ screen: 'library' });
  });
});
