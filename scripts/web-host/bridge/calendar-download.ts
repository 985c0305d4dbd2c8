import type { SaveOutcome } from '../../../shared/contract';
import { ok, type Result } from '../../../shared/result';
import { serviceClient } from './service-client';

/** The browser has no save dialog to drive: the calendar goes to the downloads folder instead. */
export async function savePlanIcs(input: { planId: number }): Promise<Result<SaveOutcome>> {
  const exported = await serviceClient.exportPlanIcs(input);
  if (!exported.ok) return exported;
  const { ics, suggestedFileName } = exported.value;
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedFileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; revoking later avoids cutting it off in slower browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return ok({ status: 'saved', fileName: suggestedFileName });
}
