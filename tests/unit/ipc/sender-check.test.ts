import { describe, expect, it } from 'vitest';
import { isAppPageSender } from '../../../electron/main/ipc/sender-check';

const appPage = 'file:///opt/StudyPath/resources/app.asar/out/renderer/index.html';
const top = (url: string) => ({ url, parent: null });

describe('only the app page may call the back end', () => {
  it('accepts the app page, with or without a route in the hash', () => {
    expect(isAppPageSender(top(appPage), appPage)).toBe(true);
    expect(isAppPageSender(top(`${appPage}#/plans/3`), appPage)).toBe(true);
  });

  it('accepts the app page installed under a Windows path, however Chromium spells the drive', () => {
    const installed =
      'file:///C:/Users/Ana%20Lopez/AppData/Local/Programs/StudyPath/resources/app.asar/out/renderer/index.html';
    const asChromiumReports =
      'file:///c:/Users/Ana Lopez/AppData/Local/Programs/StudyPath/resources/app.asar/out/renderer/index.html';
    expect(isAppPageSender(top(asChromiumReports), installed)).toBe(true);
    expect(isAppPageSender(top('file:///C:/Users/Ana%20Lopez/Downloads/index.html'), installed)).toBe(false);
  });

  it('refuses another local file, even in the same folder', () => {
    expect(
      isAppPageSender(top('file:///opt/StudyPath/resources/app.asar/out/renderer/evil.html'), appPage),
    ).toBe(false);
    expect(isAppPageSender(top('file:///home/me/Downloads/index.html'), appPage)).toBe(false);
  });

  it('refuses web pages and odd schemes', () => {
    expect(isAppPageSender(top('https://example.com/index.html'), appPage)).toBe(false);
    expect(isAppPageSender(top('data:text/html,hi'), appPage)).toBe(false);
    expect(isAppPageSender(top('about:blank'), appPage)).toBe(false);
    expect(isAppPageSender(top('not a url'), appPage)).toBe(false);
  });

  it('accepts the page served over app://, and no other page or host of that scheme', () => {
    const appScheme = 'app://studypath/index.html';
    expect(isAppPageSender(top(appScheme), appScheme)).toBe(true);
    expect(isAppPageSender(top(`${appScheme}#/library`), appScheme)).toBe(true);
    expect(isAppPageSender(top('app://studypath/other.html'), appScheme)).toBe(false);
    expect(isAppPageSender(top('app://evil/index.html'), appScheme)).toBe(false);
    expect(isAppPageSender(top('file:///index.html'), appScheme)).toBe(false);
  });

  it('refuses a frame embedded in the app page', () => {
    expect(isAppPageSender({ url: appPage, parent: {} }, appPage)).toBe(false);
  });

  it('refuses a sender whose frame is gone', () => {
    expect(isAppPageSender(null, appPage)).toBe(false);
    expect(isAppPageSender(undefined, appPage)).toBe(false);
  });

  it('accepts any page of the dev server origin while developing, nothing else', () => {
    const devServer = 'http://localhost:5173/';
    expect(isAppPageSender(top('http://localhost:5173/#/library'), devServer)).toBe(true);
    expect(isAppPageSender(top('http://localhost:5174/'), devServer)).toBe(false);
    expect(isAppPageSender(top('https://localhost:5173/'), devServer)).toBe(false);
  });
});
