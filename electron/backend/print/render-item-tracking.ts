/** The printed record under an item: a certification's exam and expiry, deliverables, evidence. */
import type { PlanItem } from '../../../shared/domain';
import { isSafeExternalUrl } from '../../../shared/links';
import { escapeHtml } from './html-escape';
import {
  DONE_GLYPH,
  EVIDENCE_LABELS,
  EXAM_RESULT_LABELS,
  OPEN_GLYPH,
  formatCalendarDate,
} from './plan-print-model';

/**
 * Exam date, result and score, date earned and expiry. The booking note stays out: it often
 * holds a voucher code, and the PDF is made to be shared.
 */
export function renderCertificationFacts(item: PlanItem): string {
  const record = item.certification;
  if (record === null) return '';
  const parts: string[] = [];
  if (record.examDate !== null) parts.push(`Exam ${formatCalendarDate(record.examDate)}`);
  if (record.result !== null) {
    const score = record.score.trim();
    parts.push(
      score === '' ? EXAM_RESULT_LABELS[record.result] : `${EXAM_RESULT_LABELS[record.result]} (${score})`,
    );
  }
  if (record.earnedDate !== null) parts.push(`Earned ${formatCalendarDate(record.earnedDate)}`);
  if (record.expiresDate !== null) parts.push(`Expires ${formatCalendarDate(record.expiresDate)}`);
  if (parts.length === 0) return '';
  return `<p class="item-facts">${parts.map((part) => `<span>${escapeHtml(part)}</span>`).join('')}</p>`;
}

export function renderDeliverables(item: PlanItem): string {
  if (item.deliverables.length === 0) return '';
  const done = item.deliverables.filter((deliverable) => deliverable.done).length;
  const rows = item.deliverables.map(
    (deliverable) =>
      `<li class="deliverable${deliverable.done ? ' done' : ''}"><span class="box" aria-hidden="true">${
        deliverable.done ? DONE_GLYPH : OPEN_GLYPH
      }</span><span>${escapeHtml(deliverable.title)}</span></li>`,
  );
  return `<div class="sublist">
<span class="sublist-label">Deliverables: ${done} of ${item.deliverables.length} done</span>
<ul class="deliverables">
${rows.join('\n')}
</ul>
</div>`;
}

/** Each link printed in full, since paper cannot be clicked; the PDF keeps it clickable too. */
export function renderEvidence(item: PlanItem): string {
  if (item.evidence.length === 0) return '';
  const rows = item.evidence.map((link) => {
    const label = link.label.trim();
    const url = escapeHtml(link.url);
    const target = isSafeExternalUrl(link.url) ? `<a href="${url}">${url}</a>` : url;
    return `<li><span class="evidence-kind">${EVIDENCE_LABELS[link.kind]}</span>${
      label === '' ? '' : `<span class="evidence-label">${escapeHtml(label)}</span>`
    }<span class="evidence-url">${target}</span></li>`;
  });
  return `<div class="sublist">
<span class="sublist-label">Evidence</span>
<ul class="evidence">
${rows.join('\n')}
</ul>
</div>`;
}
