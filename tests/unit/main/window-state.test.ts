import { describe, expect, it } from 'vitest';
import { parseWindowState, placeWindow, type Rectangle } from '../../../electron/main/window-state';

const laptop: Rectangle = { x: 0, y: 0, width: 1366, height: 740 };
const monitor: Rectangle = { x: 1366, y: 0, width: 2560, height: 1400 };

describe('the main window opens where it was left', () => {
  it('opens centred at the default size the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({
      bounds: { x: 83, y: 0, width: 1200, height: 740 },
      maximized: false,
    });
  });

  it('reuses the saved position on a display that is still there', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(placeWindow(saved, [laptop, monitor])).toEqual(saved);
  });

  it('moves to the primary display when the saved one was disconnected', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1000, height: 700 }, maximized: true };
    expect(placeWindow(saved, [laptop])).toEqual({
      bounds: { x: 183, y: 20, width: 1000, height: 700 },
      maximized: true,
    });
  });

  it('fits a window larger than the display it is on now', () => {
    const saved = { bounds: { x: 0, y: 0, width: 2400, height: 1300 }, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toEqual(laptop);
  });

  it('never opens below the minimum size', () => {
    const saved = { bounds: { x: 10, y: 10, width: 100, height: 50 }, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toEqual({ x: 10, y: 10, width: 720, height: 520 });
  });

  it('ignores a damaged saved state', () => {
    for (const json of [
      '',
      'null',
      '{"bounds":{"x":"a"}}',
      '{"bounds":{"x":1,"y":2,"width":null,"height":3}}',
      '[',
    ]) {
      expect(parseWindowState(json), json).toBeNull();
    }
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":800,"height":600},"maximized":true}')).toEqual({
      bounds: { x: 1, y: 2, width: 800, height: 600 },
      maximized: true,
    });
  });
});
