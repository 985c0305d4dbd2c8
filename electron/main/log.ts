/** Main-process diagnostics go to stderr, where a terminal launch or a crash report sees them. */
export function logMain(message: string, detail?: unknown): void {
  if (detail === undefined) console.warn(`[studypath] ${message}`);
  else console.warn(`[studypath] ${message}`, detail);
}
