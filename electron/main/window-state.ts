/**
 * The main window's size and position, remembered between runs. A saved position on a display
 * that is no longer connected (a laptop undocked) is not reused: the window opens centred on
 * the primary display instead of off screen.
 */
export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1200, height: 800 };
export const MIN_SIZE = { width: 720, height: 520 };

/** How much of the window must be on one display for the saved position to be kept. */
const MIN_VISIBLE = 0.5;

function isRectangle(value: unknown): value is Rectangle {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((key) => Number.isFinite(r[key]));
}

/** Reads the saved JSON; anything malformed gives null (the default window). */
export function parseWindowState(json: string): WindowState | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { bounds, maximized } = value as Record<string, unknown>;
  if (!isRectangle(bounds)) return null;
  return { bounds, maximized: maximized === true };
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function centredOn(area: Rectangle, size: { width: number; height: number }): Rectangle {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window, given the saved state and the work areas of the displays now
 * connected (the primary first).
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (saved === null) return { bounds: centredOn(primary, DEFAULT_SIZE), maximized: false };

  const size = {
    width: Math.max(MIN_SIZE.width, Math.round(saved.bounds.width)),
    height: Math.max(MIN_SIZE.height, Math.round(saved.bounds.height)),
  };
  const bounds = { x: Math.round(saved.bounds.x), y: Math.round(saved.bounds.y), ...size };
  const host = workAreas.find(
    (area) =>
      overlapArea(bounds, area) >=
      MIN_VISIBLE * Math.min(bounds.width * bounds.height, area.width * area.height),
  );
  if (host === undefined) return { bounds: centredOn(primary, size), maximized: saved.maximized };
  // Larger than the display it is on (a smaller screen now): fit it.
  if (bounds.width > host.width || bounds.height > host.height) {
    return { bounds: centredOn(host, size), maximized: saved.maximized };
  }
  return { bounds, maximized: saved.maximized };
}
