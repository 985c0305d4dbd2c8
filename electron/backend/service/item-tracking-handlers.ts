/** Certification records, project deliverables, evidence links and snoozed reminders. */
import type { PlanItem } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import type { Database } from '../db';
import {
  deleteDeliverableRow,
  findDeliverableRow,
  insertDeliverable,
  updateDeliverableRow,
} from '../repo/deliverables';
import { deleteEvidenceLinkRow, findEvidenceLinkRow, insertEvidenceLink } from '../repo/evidence-links';
import { findPlanItem, findPlanItemRow, snoozeItemReminder, updateCertificationRow } from '../repo/items';
import { applyCertificationChange } from './certification-tracking';
import type { ServiceContext } from './context';
import type { ServiceHandlers } from './guard';

type ItemTrackingHandlers = Pick<
  ServiceHandlers,
  | 'updateCertification'
  | 'addDeliverable'
  | 'updateDeliverable'
  | 'deleteDeliverable'
  | 'addEvidenceLink'
  | 'deleteEvidenceLink'
  | 'snoozeReminder'
>;

function itemNotFound<T>(itemId: number): Result<T> {
  return fail('not-found', `There is no plan item with id ${itemId}.`);
}

function loadItem(db: Database, itemId: number): Result<PlanItem> {
  const item = findPlanItem(db, itemId);
  return item === undefined ? itemNotFound(itemId) : ok(item);
}

export function itemTrackingHandlers({ db, clock }: ServiceContext): ItemTrackingHandlers {
  return {
    updateCertification: ({ itemId, ...change }) => {
      const row = findPlanItemRow(db, itemId);
      if (row === undefined) return itemNotFound(itemId);
      if (row.kind !== 'certification') {
        return fail(
          'invalid-argument',
          `"${row.title}" is not a certification, so it has no exam to record.`,
        );
      }
      const edits = applyCertificationChange(row, change, clock.now().toISOString());
      if (
        edits.earned_date !== null &&
        edits.expires_date !== null &&
        edits.expires_date <= edits.earned_date
      ) {
        return fail(
          'invalid-argument',
          'The expiry date must come after the date the certification was earned.',
        );
      }
      updateCertificationRow(db, itemId, edits);
      return loadItem(db, itemId);
    },

    addDeliverable: ({ itemId, title }) => {
      const row = findPlanItemRow(db, itemId);
      if (row === undefined) return itemNotFound(itemId);
      if (row.kind !== 'project') {
        return fail('invalid-argument', `"${row.title}" is not a project, so it has no deliverables.`);
      }
      insertDeliverable(db, itemId, title);
      return loadItem(db, itemId);
    },

    updateDeliverable: ({ deliverableId, title, done }) => {
      const row = findDeliverableRow(db, deliverableId);
      if (row === undefined) return fail('not-found', `There is no deliverable with id ${deliverableId}.`);
      updateDeliverableRow(db, deliverableId, { title: title ?? row.title, done: done ?? row.done === 1 });
      return loadItem(db, row.item_id);
    },

    deleteDeliverable: ({ deliverableId }) => {
      const row = findDeliverableRow(db, deliverableId);
      if (row === undefined || !deleteDeliverableRow(db, deliverableId)) {
        return fail('not-found', `There is no deliverable with id ${deliverableId}.`);
      }
      return loadItem(db, row.item_id);
    },

    addEvidenceLink: ({ itemId, kind, url, label }) => {
      if (findPlanItemRow(db, itemId) === undefined) return itemNotFound(itemId);
      insertEvidenceLink(db, itemId, { kind, url, label: label ?? '' });
      return loadItem(db, itemId);
    },

    deleteEvidenceLink: ({ linkId }) => {
      const row = findEvidenceLinkRow(db, linkId);
      if (row === undefined || !deleteEvidenceLinkRow(db, linkId)) {
        return fail('not-found', `There is no evidence link with id ${linkId}.`);
      }
      return loadItem(db, row.item_id);
    },

    snoozeReminder: ({ itemId, until }) => {
      if (findPlanItemRow(db, itemId) === undefined) return itemNotFound(itemId);
      // Stored as UTC with milliseconds so it compares with other instants as text.
      const instant = new Date(until);
      if (instant.getTime() <= clock.now().getTime()) {
        return fail('invalid-argument', 'A reminder can only be snoozed until a time that is still to come.');
      }
      snoozeItemReminder(db, itemId, instant.toISOString());
      return loadItem(db, itemId);
    },
  };
}
