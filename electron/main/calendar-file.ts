/**
 * "Export calendar (.ics)": ask where to save, then write the plan's calendar there. The
 * dialog and the file system come in through CalendarFileHost, so the flow is testable.
 */
import type { PlannerService, SaveOutcome } from '../../shared/contract';
import { fail, ok, type Result } from '../../shared/result';

export interface CalendarFileHost {
  /** The path the person chose, or null when they canceled. */
  chooseSavePath(suggestedFileName: string): Promise<string | null>;
  writeFile(path: string, text: string): Promise<void>;
  log(message: string, detail?: unknown): void;
}

/** The file name alone, for either path separator (the dialog answers in the OS's style). */
function baseName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}

export async function savePlanIcs(
  service: PlannerService,
  host: CalendarFileHost,
  input: unknown,
): Promise<Result<SaveOutcome>> {
  // The argument comes from the page unchecked: exportPlanIcs validates it against the contract.
  const exportCalendar = service.exportPlanIcs as (
    input: unknown,
  ) => ReturnType<PlannerService['exportPlanIcs']>;
  const exported = exportCalendar(input);
  if (!exported.ok) {
    host.log('savePlanIcs refused', exported.error);
    return exported;
  }
  const filePath = await host.chooseSavePath(exported.value.suggestedFileName);
  if (filePath === null) return ok({ status: 'canceled' });
  try {
    await host.writeFile(filePath, exported.value.ics);
  } catch (error) {
    host.log(`calendar export to ${filePath} failed`, error);
    return fail(
      'export-failed',
      'The calendar could not be saved there. Check that the folder is writable and try again.',
    );
  }
  return ok({ status: 'saved', fileName: baseName(filePath) });
}
