/**
 * The plan as a self-contained A4 print document: no script, no external resource, and a
 * CSP that forbids both, so a hostile note can neither run nor phone home while printing.
 */
import type { PlanDetail, PlanItem } from '../../../shared/domain';
import { escapeHtml } from './html-escape';
import {
  STATUS_LABELS,
  checkboxGlyph,
  formatCalendarDate,
  formatGeneratedAt,
  formatInstantDate,
  groupItemsForPrint,
  isOverdue,
  localIsoDate,
  printProgress,
  type PrintGroup,
} from './plan-print-model';
import { scheduleFacts, type TargetStatus } from '../../../shared/planning/wording';
import { PRINT_STYLES } from './print-styles';
import { renderCertificationFacts, renderDeliverables, renderEvidence } from './render-item-tracking';

export interface PlanPrintOptions {
  pathTitle: string;
  generatedAt: Date;
}

export const PRINT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

export function renderPlanPrintHtml(plan: PlanDetail, options: PlanPrintOptions): string {
  const today = localIsoDate(options.generatedAt);
  const body = [
    renderHeader(plan, options),
    renderProgress(plan, today),
    renderGroups(groupItemsForPrint(plan.items), today),
  ].join('\n');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINT_CONTENT_SECURITY_POLICY}">
<title>${escapeHtml(plan.name)} - StudyPath</title>
<style>${PRINT_STYLES}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function fact(label: string, value: string, note: TargetStatus | null = null): string {
  const noteHtml =
    note === null
      ? ''
      : `<dd class="fact-note${note.tone === 'late' ? ' late' : ''}">${escapeHtml(note.text)}</dd>`;
  return `<div><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>${noteHtml}</div>`;
}

/** The schedule as the plan screen tells it: when it ends, against what target, at what pace. */
function renderScheduleFacts(plan: PlanDetail): string[] {
  const { target, finish, studyTime, remaining } = scheduleFacts(plan, formatCalendarDate);
  // On paper a target note only matters when it says how the plan stands.
  const targetNote = target.note?.tone === 'none' ? null : target.note;
  return [
    fact('Target', target.value, targetNote),
    fact('Projected finish', finish.value),
    fact('Study time', studyTime.value, studyTime.note),
    fact('Still to study', remaining.value),
  ];
}

function renderHeader(plan: PlanDetail, options: PlanPrintOptions): string {
  const paused = plan.schedule.pausedSince;
  return `<header>
<p class="eyebrow">Study plan</p>
<h1>${escapeHtml(plan.name)}</h1>
<p class="path-title">Career path: ${escapeHtml(options.pathTitle)}</p>
<dl class="facts">
${fact('Start', formatCalendarDate(plan.startDate))}
${renderScheduleFacts(plan).join('\n')}
${fact('Generated', formatGeneratedAt(options.generatedAt))}
</dl>
${paused === null ? '' : `<p class="paused">Paused since ${escapeHtml(formatCalendarDate(paused))}. When it resumes, every unfinished item moves later by the days it was paused.</p>`}
</header>`;
}

function renderProgress(plan: PlanDetail, today: string): string {
  const progress = printProgress(plan);
  const overdueCount = plan.items.filter((item) => isOverdue(item, today)).length;
  const overdueText = overdueCount > 0 ? ` <span class="late-count">${overdueCount} overdue</span>` : '';
  const skippedText = progress.skipped > 0 ? `, ${progress.skipped} skipped` : '';
  return `<section class="progress" aria-label="Progress">
<p class="progress-text"><strong>${progress.done} of ${progress.total} done</strong>${skippedText} (${progress.percent}%)${overdueText}</p>
<div class="bar" role="img" aria-label="${progress.percent}% done"><div class="bar-fill" style="width: ${progress.percent}%"></div></div>
</section>`;
}

function renderGroups(groups: PrintGroup[], today: string): string {
  if (groups.length === 0) return '<p class="empty">This plan has no items yet.</p>';
  return groups.map((group) => renderGroup(group, today)).join('\n');
}

function renderGroup(group: PrintGroup, today: string): string {
  return `<section class="group">
<h2><span>${escapeHtml(group.heading)}</span><span class="group-count">${group.done} of ${group.items.length} done${group.skipped > 0 ? `, ${group.skipped} skipped` : ''}</span></h2>
<ul class="items">
${group.items.map((item) => renderItem(item, today)).join('\n')}
</ul>
</section>`;
}

function renderItem(item: PlanItem, today: string): string {
  const description = item.description.trim();
  // Leading blank lines and trailing space only: indentation inside a note is the user's.
  const notes = item.notes.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
  return `<li class="item ${item.status}">
<span class="box" aria-hidden="true">${checkboxGlyph(item.status)}</span>
<div class="item-body">
<div class="item-head"><span class="item-title">${escapeHtml(item.title)}</span><span class="status">${STATUS_LABELS[item.status]}</span></div>
${renderItemDates(item, today)}
${renderCertificationFacts(item)}
${description === '' ? '' : `<p class="description">${escapeHtml(description)}</p>`}
${renderDeliverables(item)}
${renderEvidence(item)}
${notes === '' ? '' : `<div class="notes"><span class="notes-label">Notes</span>${escapeHtml(notes)}</div>`}
</div>
</li>`;
}

function renderItemDates(item: PlanItem, today: string): string {
  const parts: string[] = [];
  if (item.dueDate !== null) {
    const due = `Due ${escapeHtml(formatCalendarDate(item.dueDate))}`;
    parts.push(
      isOverdue(item, today)
        ? `<span class="late">${due} <em class="overdue-tag">Overdue</em></span>`
        : `<span>${due}</span>`,
    );
  }
  if (item.status === 'done' && item.completedAt !== null) {
    parts.push(`<span>Completed ${escapeHtml(formatInstantDate(item.completedAt))}</span>`);
  }
  if (item.orphaned) parts.push('<span class="tag">No longer in the career path</span>');
  return parts.length === 0 ? '' : `<p class="item-dates">${parts.join('')}</p>`;
}
