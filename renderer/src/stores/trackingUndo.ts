/** Undo and redo for what the item details record: the certification, deliverables and evidence links. */
import type { ServiceInput } from '../../../shared/contract';
import type {
  CertificationTracking,
  Deliverable,
  EvidenceLink,
  ItemStatus,
  PlanItem,
} from '../../../shared/domain';
import { formatDay } from '../lib/dates';
import { evidenceText } from '../lib/itemTrackingView';
import type { CurrentPlanState } from './currentPlanStore';
import type { CertificationChanges, ItemTracking, NewEvidenceLink } from './itemTracking';
import { createIdRefs, quoted, type IdRef, type IdRefs } from './undoSupport';
import type { UndoableChange } from './undoStore';

export type DeliverableChanges = Omit<ServiceInput<'updateDeliverable'>, 'deliverableId'>;

/** The back end calls behind the item details; each resolves to the item it returned (now on screen), or null. */
export interface TrackingCalls {
  updateCertification(itemId: number, changes: CertificationChanges): Promise<PlanItem | null>;
  addDeliverable(itemId: number, title: string): Promise<PlanItem | null>;
  updateDeliverable(deliverableId: number, changes: DeliverableChanges): Promise<PlanItem | null>;
  deleteDeliverable(deliverableId: number): Promise<PlanItem | null>;
  addEvidenceLink(itemId: number, link: NewEvidenceLink): Promise<PlanItem | null>;
  deleteEvidenceLink(linkId: number): Promise<PlanItem | null>;
}

export interface TrackingHistory {
  /** The open plan: what an edit replaces is read from it, and it puts back a status the edit changed. */
  plan(): Pick<CurrentPlanState, 'plan' | 'setItemStatus'>;
  /** Remembers a saved change for Undo and offers it in a toast. */
  offer(change: UndoableChange): void;
  /** The item edits' references, so these changes follow an item that Undo brought back. */
  itemRefs?: IdRefs;
}

export type TrackingEdits = Omit<ItemTracking, 'snooze'>;

type Titled = Pick<PlanItem, 'title'>;

function years(count: number): string {
  return count === 1 ? '1 year' : `${count} years`;
}

export function describeCertificationChange(item: Titled, changes: CertificationChanges): string {
  const title = quoted(item.title);
  if (Object.values(changes).filter((value) => value !== undefined).length !== 1)
    return `Changed the exam record of ${title}`;
  if (changes.examDate !== undefined)
    return changes.examDate === null
      ? `Removed the exam date of ${title}`
      : `Set the exam date of ${title} to ${formatDay(changes.examDate)}`;
  if (changes.bookingNote !== undefined) return `Changed the booking note of ${title}`;
  if (changes.result !== undefined)
    return changes.result === null
      ? `Cleared the exam result of ${title}`
      : changes.result === 'passed'
        ? `Recorded a pass for ${title}`
        : `Recorded ${title} as not passed`;
  if (changes.score !== undefined) return `Changed the score of ${title}`;
  if (changes.earnedDate !== undefined)
    return changes.earnedDate === null
      ? `Removed the date ${title} was earned`
      : `Set the date ${title} was earned to ${formatDay(changes.earnedDate)}`;
  if (changes.validityYears !== undefined)
    return changes.validityYears === null
      ? `Removed the validity of ${title}`
      : `Set the validity of ${title} to ${years(changes.validityYears)}`;
  return changes.expiresDate === null || changes.expiresDate === undefined
    ? `Reset the expiry of ${title}`
    : `Set the expiry of ${title} to ${formatDay(changes.expiresDate)}`;
}

export function describeTick(deliverable: Pick<Deliverable, 'title'>, item: Titled, done: boolean): string {
  return `${done ? 'Ticked' : 'Unticked'} ${quoted(deliverable.title)} of ${quoted(item.title)}`;
}

export function describeDeliverableRename(deliverable: Pick<Deliverable, 'title'>, title: string): string {
  return `Renamed the deliverable ${quoted(deliverable.title)} to ${quoted(title)}`;
}

export function describeDeliverableAdded(deliverable: Pick<Deliverable, 'title'>, item: Titled): string {
  return `Added ${quoted(deliverable.title)} to ${quoted(item.title)}`;
}

/** Something added back goes to the end of its list; said only when that is not where it was. */
const BACK_AT_THE_END = '. Undo adds it back at the end of the list.';

function wasLast(list: readonly { id: number }[], entry: { id: number }): boolean {
  return list.at(-1)?.id === entry.id;
}

export function describeDeliverableRemoval(
  deliverable: Deliverable,
  item: Pick<PlanItem, 'title' | 'deliverables'>,
): string {
  const removed = `Removed ${quoted(deliverable.title)} from ${quoted(item.title)}`;
  return wasLast(item.deliverables, deliverable) ? removed : removed + BACK_AT_THE_END;
}

export function describeLinkAdded(link: Pick<EvidenceLink, 'url' | 'label'>): string {
  return `Added the evidence link ${quoted(evidenceText(link))}`;
}

export function describeLinkRemoval(link: EvidenceLink, item: Pick<PlanItem, 'evidence'>): string {
  const removed = `Removed the evidence link ${quoted(evidenceText(link))}`;
  return wasLast(item.evidence, link) ? removed : removed + BACK_AT_THE_END;
}

/** The record's fields that `changes` touches, as they are now: what Undo writes back. */
function previousRecord(record: CertificationTracking, changes: CertificationChanges): CertificationChanges {
  const before: Partial<Record<keyof CertificationChanges, unknown>> = {};
  for (const field of Object.keys(changes) as (keyof CertificationChanges)[])
    if (changes[field] !== undefined) before[field] = record[field];
  return before as CertificationChanges;
}

/** What an add put in a list: an entry it did not have that `isIt` matches; the back end appends. */
function newEntry<T extends { id: number }>(
  before: readonly T[],
  after: readonly T[],
  isIt: (entry: T) => boolean,
): T | undefined {
  const known = new Set(before.map((entry) => entry.id));
  return after.filter((entry) => !known.has(entry.id) && isIt(entry)).at(-1);
}

const saved = async (call: Promise<PlanItem | null>) => (await call) !== null;

const deliverablesOf = (item: PlanItem) => item.deliverables;
const linksOf = (item: PlanItem) => item.evidence;
const titled = (title: string) => (deliverable: Deliverable) => deliverable.title === title;
const sameLink = (link: NewEvidenceLink) => (entry: EvidenceLink) =>
  entry.kind === link.kind && entry.url === link.url.trim();

/** The item details' edits, each remembered for Undo once the back end has saved it. */
export function createUndoableTracking(calls: TrackingCalls, history: TrackingHistory): TrackingEdits {
  const items = history.itemRefs ?? createIdRefs();
  const deliverables = createIdRefs();
  const links = createIdRefs();

  const itemOnScreen = (itemId: number) => history.plan().plan?.items.find((item) => item.id === itemId);

  /** The entry with this id in the open plan, and the item that has it. */
  function findEntry<T extends { id: number }>(of: (item: PlanItem) => readonly T[], entryId: number) {
    for (const item of history.plan().plan?.items ?? []) {
      const entry = of(item).find((candidate) => candidate.id === entryId);
      if (entry !== undefined) return { item, entry };
    }
    return undefined;
  }

  /** Adds to the item `into` follows; resolves to the id of what was added, or null. */
  async function addTo<T extends { id: number }>(
    into: IdRef,
    of: (item: PlanItem) => readonly T[],
    isIt: (entry: T) => boolean,
    add: (itemId: number) => Promise<PlanItem | null>,
  ): Promise<number | null> {
    const shown = itemOnScreen(into.id);
    const after = await add(into.id);
    if (after === null) return null;
    return newEntry(shown === undefined ? [] : of(shown), of(after), isIt)?.id ?? null;
  }

  /** Undo deletes what was added; redo adds it again under a new id, which later changes follow. */
  function offerAdded(
    refs: IdRefs,
    entryId: number,
    description: string,
    remove: (entryId: number) => Promise<PlanItem | null>,
    addAgain: () => Promise<number | null>,
  ): void {
    const ref = refs.to(entryId);
    history.offer({
      description,
      async undo() {
        if (!(await saved(remove(ref.id)))) return false;
        refs.gone(ref);
        return true;
      },
      async redo() {
        const id = await addAgain();
        if (id === null) return false;
        refs.cameBack(ref, id);
        return true;
      },
    });
  }

  /** Undo adds it back under a new id, which later changes follow; redo deletes it again. */
  function offerRemoved(
    refs: IdRefs,
    entryId: number,
    description: string,
    remove: (entryId: number) => Promise<PlanItem | null>,
    addBack: () => Promise<number | null>,
  ): void {
    const ref = refs.to(entryId);
    refs.gone(ref);
    history.offer({
      description,
      async undo() {
        const id = await addBack();
        if (id === null) return false;
        refs.cameBack(ref, id);
        return true;
      },
      async redo() {
        if (!(await saved(remove(ref.id)))) return false;
        refs.gone(ref);
        return true;
      },
    });
  }

  /** A change to a deliverable that stays where it is: a tick or a new title. */
  async function changeDeliverable(
    deliverableId: number,
    changes: DeliverableChanges,
    describe: (deliverable: Deliverable, item: PlanItem) => string,
  ): Promise<boolean> {
    const found = findEntry(deliverablesOf, deliverableId);
    if (!(await saved(calls.updateDeliverable(deliverableId, changes)))) return false;
    if (found === undefined) return true;
    const { entry, item } = found;
    if ((changes.title ?? entry.title) === entry.title && (changes.done ?? entry.done) === entry.done)
      return true;
    const before: DeliverableChanges = {};
    if (changes.title !== undefined) before.title = entry.title;
    if (changes.done !== undefined) before.done = entry.done;
    const ref = deliverables.to(deliverableId);
    history.offer({
      description: describe(entry, item),
      undo: () => saved(calls.updateDeliverable(ref.id, before)),
      redo: () => saved(calls.updateDeliverable(ref.id, changes)),
    });
    return true;
  }

  return {
    async updateCertification(itemId, changes) {
      const before = itemOnScreen(itemId);
      const after = await calls.updateCertification(itemId, changes);
      if (after === null) return false;
      if (before === undefined || before.certification === null) return true;
      const previous = previousRecord(before.certification, changes);
      const ref = items.to(itemId);
      // Recording a pass with its date ticks the item off in the back end; undo unticks it too.
      const statusChanged = after.status !== before.status;
      const settle = async (item: PlanItem | null, status: ItemStatus) =>
        item !== null &&
        (!statusChanged || item.status === status || (await history.plan().setItemStatus(ref.id, status)));
      const description = describeCertificationChange(before, changes);
      history.offer({
        description:
          statusChanged && after.status === 'done' ? `${description} and marked it done` : description,
        undo: async () => settle(await calls.updateCertification(ref.id, previous), before.status),
        redo: async () => settle(await calls.updateCertification(ref.id, changes), after.status),
      });
      return true;
    },

    setDeliverableDone: (deliverableId, done) =>
      changeDeliverable(deliverableId, { done }, (deliverable, item) =>
        describeTick(deliverable, item, done),
      ),

    renameDeliverable: (deliverableId, title) =>
      changeDeliverable(deliverableId, { title }, (deliverable) =>
        describeDeliverableRename(deliverable, title),
      ),

    async addDeliverable(itemId, title) {
      const shown = itemOnScreen(itemId);
      const after = await calls.addDeliverable(itemId, title);
      if (after === null) return false;
      const added = shown && newEntry(shown.deliverables, after.deliverables, titled(title.trim()));
      if (added === undefined) return true;
      const item = items.to(itemId);
      offerAdded(
        deliverables,
        added.id,
        describeDeliverableAdded(added, after),
        (id) => calls.deleteDeliverable(id),
        () => addTo(item, deliverablesOf, titled(added.title), (id) => calls.addDeliverable(id, added.title)),
      );
      return true;
    },

    async deleteDeliverable(deliverableId) {
      const found = findEntry(deliverablesOf, deliverableId);
      if (!(await saved(calls.deleteDeliverable(deliverableId)))) return false;
      if (found === undefined) return true;
      const { entry, item } = found;
      const parent = items.to(item.id);
      offerRemoved(
        deliverables,
        deliverableId,
        describeDeliverableRemoval(entry, item),
        (id) => calls.deleteDeliverable(id),
        async () => {
          const id = await addTo(parent, deliverablesOf, titled(entry.title), (itemId) =>
            calls.addDeliverable(itemId, entry.title),
          );
          // The back end adds a deliverable unticked. Should the tick be refused, its toast says why;
          // the deliverable is back either way.
          if (id !== null && entry.done) await calls.updateDeliverable(id, { done: true });
          return id;
        },
      );
      return true;
    },

    async addEvidenceLink(itemId, link) {
      const shown = itemOnScreen(itemId);
      const after = await calls.addEvidenceLink(itemId, link);
      if (after === null) return false;
      const added = shown && newEntry(shown.evidence, after.evidence, sameLink(link));
      if (added === undefined) return true;
      const item = items.to(itemId);
      const again: NewEvidenceLink = { kind: added.kind, url: added.url, label: added.label };
      offerAdded(
        links,
        added.id,
        describeLinkAdded(added),
        (id) => calls.deleteEvidenceLink(id),
        () => addTo(item, linksOf, sameLink(again), (id) => calls.addEvidenceLink(id, again)),
      );
      return true;
    },

    async deleteEvidenceLink(linkId) {
      const found = findEntry(linksOf, linkId);
      if (!(await saved(calls.deleteEvidenceLink(linkId)))) return false;
      if (found === undefined) return true;
      const { entry, item } = found;
      const parent = items.to(item.id);
      const back: NewEvidenceLink = { kind: entry.kind, url: entry.url, label: entry.label };
      offerRemoved(
        links,
        linkId,
        describeLinkRemoval(entry, item),
        (id) => calls.deleteEvidenceLink(id),
        () => addTo(parent, linksOf, sameLink(back), (itemId) => calls.addEvidenceLink(itemId, back)),
      );
      return true;
    },
  };
}
