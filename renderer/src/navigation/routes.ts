/**
 * The screens of the app and their `location.hash` form, so a reload (or the back button)
 * lands on the same screen. Pure: no DOM access here.
 */
export type Route =
  | { screen: 'library' }
  | { screen: 'path'; pathId: string }
  | { screen: 'new-plan'; pathId: string }
  | { screen: 'plan'; planId: number }
  | { screen: 'upcoming' }
  | { screen: 'activity' }
  | { screen: 'data' }
  | { screen: 'preferences' }
  | { screen: 'about' };

export const defaultRoute: Route = { screen: 'library' };

function parsePlanId(raw: string | undefined): number | null {
  if (raw === undefined || !/^[1-9]\d{0,15}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

function decodeSegment(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** Reads a hash such as `#/plans/3`; anything unknown falls back to the library. */
export function parseRoute(hash: string): Route {
  const segments = hash.replace(/^#\/?/, '').split('/');
  const [first, second, third] = segments;
  switch (first) {
    case 'paths': {
      const pathId = decodeSegment(second);
      if (pathId === null) return defaultRoute;
      if (segments.length === 2) return { screen: 'path', pathId };
      if (segments.length === 3 && third === 'new-plan') return { screen: 'new-plan', pathId };
      return defaultRoute;
    }
    case 'plans': {
      const planId = parsePlanId(second);
      return planId !== null && segments.length === 2 ? { screen: 'plan', planId } : defaultRoute;
    }
    case 'upcoming':
      return segments.length === 1 ? { screen: 'upcoming' } : defaultRoute;
    case 'activity':
      return segments.length === 1 ? { screen: 'activity' } : defaultRoute;
    case 'data':
      return segments.length === 1 ? { screen: 'data' } : defaultRoute;
    case 'preferences':
      return segments.length === 1 ? { screen: 'preferences' } : defaultRoute;
    case 'about':
      return segments.length === 1 ? { screen: 'about' } : defaultRoute;
    default:
      return defaultRoute;
  }
}

export function routeToHash(route: Route): string {
  switch (route.screen) {
    case 'library':
      return '#/library';
    case 'path':
      return `#/paths/${encodeURIComponent(route.pathId)}`;
    case 'new-plan':
      return `#/paths/${encodeURIComponent(route.pathId)}/new-plan`;
    case 'plan':
      return `#/plans/${route.planId}`;
    case 'upcoming':
      return '#/upcoming';
    case 'activity':
      return '#/activity';
    case 'data':
      return '#/data';
    case 'preferences':
      return '#/preferences';
    case 'about':
      return '#/about';
  }
}

export function sameRoute(a: Route, b: Route): boolean {
  return routeToHash(a) === routeToHash(b);
}
