import type { PlannerApi, ServiceInput } from '../../../shared/contract';
import type { PlanItem } from '../../../shared/domain';
import type { Result } from '../../../shared/result';
import { snoozeUntil, type SnoozeChoice } from '../../../shared/snooze';
import { formatInstant } from '../lib/dates';
import type { Notify } from './toastStore';

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

export function createItemTracking({ api, notify, applyItem, now = () => new Date() }: ItemTrackingDeps) {
  async function save(call: Promise<Result<PlanItem>>, saved?: (item: PlanItem) => void): Promise<boolean> {
    let result: Result<PlanItem>;
    try {
      result = await call;
    } catch (error) {
      notify('error', `Not saved: ${error instanceof Error ? error.message : 'something went wrong.'}`);
      return false;
    }
    if (!result.ok) {
      notify('error', result.error.message);
      return false;
    }
    applyItem(result.value);
    saved?.(result.value);
    return true;
  }

  const tracking: ItemTracking = {
    updateCertification: (itemId, changes) => save(api.updateCertification({ itemId, ...changes })),
    addDeliverable: (itemId, title) => save(api.addDeliverable({ itemId, title })),
    renameDeliverable: (deliverableId, title) => save(api.updateDeliverable({ deliverableId, title })),
    setDeliverableDone: (deliverableId, done) => save(api.updateDeliverable({ deliverableId, done })),
    deleteDeliverable: (deliverableId) => save(api.deleteDeliverable({ deliverableId })),
    addEvidenceLink: (itemId, link) => save(api.addEvidenceLink({ itemId, ...link })),
    deleteEvidenceLink: (linkId) => save(api.deleteEvidenceLink({ linkId })),
    snooze(itemId, choice) {
      const until = snoozeUntil(choice, now()).toISOString();
      return save(api.snoozeReminder({ itemId, until }), (item) =>
        notify('success', `Reminder for “${item.title}” snoozed until ${formatInstant(until)}`),
      );
    },
  };
  return tracking;
}
