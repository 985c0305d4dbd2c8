import type { PlannerApi, ServiceInput } from '../../../shared/contract';
import type { PlanItem } from '../../../shared/domain';
import type { Result } from '../../../shared/result';
import { snoozeUntil, type SnoozeChoice } from '../../../shared/snooze';
import { formatInstant } from '../lib/dates';
import type { Notify } from './toastStore';
import {
  createUndoableTracking,
  type TrackingCalls,
  type TrackingEdits,
  type TrackingHistory,
} from './trackingUndo';

export type CertificationChanges = Omit<ServiceInput<'updateCertification'>, 'itemId'>;
export type NewEvidenceLink = Omit<ServiceInput<'addEvidenceLink'>, 'itemId'>;

export type ItemTrackingApi = Pick<
  PlannerApi,
  | 'updateCertification'
  | 'addDeliverable'
  | 'updateDeliverable'
  | 'deleteDeliverable'
  | 'addEvidenceLink'
  | 'deleteEvidenceLink'
  | 'snoozeReminder'
>;

export interface ItemTrackingDeps {
  api: ItemTrackingApi;
  notify: Notify;
  /** Puts the item the back end returned in place of the one on screen. */
  applyItem(item: PlanItem): void;
  now?: () => Date;
  /** Makes every edit but a snooze undoable; without it the edits are only saved. */
  history?: TrackingHistory;
}

/** Everything the item details record beyond the item's own fields; each resolves to true when saved. */
export interface ItemTracking {
  updateCertification(itemId: number, changes: CertificationChanges): Promise<boolean>;
  addDeliverable(itemId: number, title: string): Promise<boolean>;
  renameDeliverable(deliverableId: number, title: string): Promise<boolean>;
  setDeliverableDone(deliverableId: number, done: boolean): Promise<boolean>;
  deleteDeliverable(deliverableId: number): Promise<boolean>;
  addEvidenceLink(itemId: number, link: NewEvidenceLink): Promise<boolean>;
  deleteEvidenceLink(linkId: number): Promise<boolean>;
  snooze(itemId: number, choice: SnoozeChoice): Promise<boolean>;
}

export function createItemTracking({
  api,
  notify,
  applyItem,
  now = () => new Date(),
  history,
}: ItemTrackingDeps): ItemTracking {
  async function save(call: Promise<Result<PlanItem>>): Promise<PlanItem | null> {
    let result: Result<PlanItem>;
    try {
      result = await call;
    } catch (error) {
      notify('error', `Not saved: ${error instanceof Error ? error.message : 'something went wrong.'}`);
      return null;
    }
    if (!result.ok) {
      notify('error', result.error.message);
      return null;
    }
    applyItem(result.value);
    return result.value;
  }

  const calls: TrackingCalls = {
    updateCertification: (itemId, changes) => save(api.updateCertification({ itemId, ...changes })),
    addDeliverable: (itemId, title) => save(api.addDeliverable({ itemId, title })),
    updateDeliverable: (deliverableId, changes) => save(api.updateDeliverable({ deliverableId, ...changes })),
    deleteDeliverable: (deliverableId) => save(api.deleteDeliverable({ deliverableId })),
    addEvidenceLink: (itemId, link) => save(api.addEvidenceLink({ itemId, ...link })),
    deleteEvidenceLink: (linkId) => save(api.deleteEvidenceLink({ linkId })),
  };
  const saved = async (call: Promise<PlanItem | null>) => (await call) !== null;
  const edits: TrackingEdits =
    history === undefined
      ? {
          updateCertification: (itemId, changes) => saved(calls.updateCertification(itemId, changes)),
          addDeliverable: (itemId, title) => saved(calls.addDeliverable(itemId, title)),
          renameDeliverable: (deliverableId, title) =>
            saved(calls.updateDeliverable(deliverableId, { title })),
          setDeliverableDone: (deliverableId, done) =>
            saved(calls.updateDeliverable(deliverableId, { done })),
          deleteDeliverable: (deliverableId) => saved(calls.deleteDeliverable(deliverableId)),
          addEvidenceLink: (itemId, link) => saved(calls.addEvidenceLink(itemId, link)),
          deleteEvidenceLink: (linkId) => saved(calls.deleteEvidenceLink(linkId)),
        }
      : createUndoableTracking(calls, history);

  return {
    ...edits,
    // A snooze only moves a reminder for a while, so it is not an edit to take back.
    async snooze(itemId, choice) {
      const until = snoozeUntil(choice, now()).toISOString();
      const item = await save(api.snoozeReminder({ itemId, until }));
      if (item === null) return false;
      notify('success', `Reminder for “${item.title}” snoozed until ${formatInstant(until)}`);
      return true;
    },
  };
}
