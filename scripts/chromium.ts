/** Debian's Chromium, shared by the browser host, the benchmarks, the icon script and the tests. */
export const CHROMIUM_EXECUTABLE = process.env.STUDYPATH_CHROMIUM ?? '/usr/bin/chromium';

/** Keeps Chromium quiet and offline: no sync, no component updates, no background fetches. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
