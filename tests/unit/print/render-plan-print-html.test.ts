import { describe, expect, it } from 'vitest';
import { renderPlanPrintHtml } from '../../../electron/backend/print';
import { DONE_GLYPH, OPEN_GLYPH } from '../../../electron/backend/print/plan-print-model';
import { itemOfKind, planItem, planWith } from '../../helpers/plan-fixtures';

const generatedAt = new Date(2026, 10, 28, 10, 0);
const pathTitle = 'Support Engineer / Customer Success Engineer';

function render(plan = planWith([])): string {
  return renderPlanPrintHtml(plan, { pathTitle, generatedAt });
}

/** The text of every checklist row, in document order. */
function itemRows(html: string): string[] {
  return [...html.matchAll(/<li class="item [^"]*">([\s\S]*?)<\/li>/g)].map((match) => match[1] ?? '');
}

describe('printed plan document', () => {
  it('is self-contained: no script, no external resource, and a CSP forbidding both', () => {
    const html = render(planWith([itemOfKind('tool', 'Zendesk')]));
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|<img|@import|url\(|https?:\/\//i);
  });

  it('shows the plan name, career path, dates and progress', () => {
    const plan = planWith(
      [
        itemOfKind('certification', 'CompTIA A+', 'done'),
        itemOfKind('tool', 'Zendesk'),
        itemOfKind('project', 'Runbook'),
      ],
      { name: 'Support engineer by summer', startDate: '2026-09-01', targetDate: '2027-06-30' },
    );
    const html = render(plan);
    expect(html).toContain('<h1>Support engineer by summer</h1>');
    expect(html).toContain('Career path: Support Engineer / Customer Success Engineer');
    expect(html).toContain('1 Sep 2026');
    expect(html).toContain('30 Jun 2027');
    expect(html).toContain('1 of 3 done');
    expect(html).toContain('style="width: 33%"');
  });

  it('tells the schedule as the plan screen does: finish, target, study time and hours left', () => {
    const schedule = planWith([]).schedule;
    const late = render(
      planWith([itemOfKind('tool', 'Zendesk')], {
        schedule: { ...schedule, projectedFinish: '2027-07-10', remainingHours: 42.5 },
      }),
    );
    expect(late).toContain('<dt>Projected finish</dt><dd>10 Jul 2027</dd>');
    expect(late).toContain(
      '<dt>Target</dt><dd>30 Jun 2027</dd><dd class="fact-note late">10 days past the target at this study time</dd>',
    );
    expect(late).toContain(
      '<dt>Study time</dt><dd>8 h a week</dd><dd class="fact-note">Mon–Fri 1 h, Sat 3 h</dd>',
    );
    expect(late).toContain('<dt>Still to study</dt><dd>42.5 h</dd>');
    expect(late).not.toContain('Paused since');

    const onTrack = render(planWith([], { schedule: { ...schedule, projectedFinish: '2027-05-01' } }));
    expect(onTrack).toContain('<dd class="fact-note">On track for the target</dd>');

    const asap = render(
      planWith([], {
        schedule: { ...schedule, mode: 'asap', projectedFinish: '2027-05-01', pausedSince: '2026-11-20' },
      }),
    );
    expect(asap).toContain('<dt>Target</dt><dd>As soon as possible</dd></div>');
    expect(asap).toContain('Paused since 20 Nov 2026.');
  });

  it('keeps a hostile note as visible text instead of markup', () => {
    const plan = planWith([
      planItem({
        title: 'Lab <b>work</b>',
        notes: '<script>alert("x")</script>\n<img src=https://evil.example/x.png>',
      }),
    ]);
    const html = render(plan);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Lab &lt;b&gt;work&lt;/b&gt;');
  });

  it('escapes the plan name and path title too', () => {
    const html = renderPlanPrintHtml(planWith([], { name: 'Me & "you" <3' }), {
      pathTitle: '</title><script>',
      generatedAt,
    });
    expect(html).toContain('<h1>Me &amp; &quot;you&quot; &lt;3</h1>');
    expect(html).toContain('Career path: &lt;/title&gt;&lt;script&gt;');
    expect(html).not.toMatch(/<script/i);
  });

  it('keeps the line breaks of a note', () => {
    const html = render(
      planWith([planItem({ title: 'Notes item', notes: 'first line\nsecond line\n  indented' })]),
    );
    expect(html).toContain('first line\nsecond line\n  indented</div>');
  });

  it('ticks the box of done items only', () => {
    const plan = planWith([
      itemOfKind('tool', 'Done tool', 'done'),
      itemOfKind('tool', 'Started tool', 'in-progress'),
      itemOfKind('tool', 'Open tool', 'todo'),
    ]);
    const rows = itemRows(render(plan));
    expect(rows).toHaveLength(3);
    const glyphOf = (title: string) => {
      const row = rows.find((r) => r.includes(title)) ?? '';
      return row.includes(DONE_GLYPH) ? 'ticked' : row.includes(OPEN_GLYPH) ? 'open' : 'none';
    };
    expect(glyphOf('Done tool')).toBe('ticked');
    expect(glyphOf('Started tool')).toBe('open');
    expect(glyphOf('Open tool')).toBe('open');
    expect(rows.find((r) => r.includes('Started tool'))).toContain('In progress');
  });

  it('groups items by kind in a fixed order, each in position order', () => {
    const plan = planWith([
      planItem({ kind: 'custom', title: 'Mine', position: 1 }),
      planItem({ kind: 'project', title: 'Project B', position: 9 }),
      planItem({ kind: 'project', title: 'Project A', position: 3 }),
      planItem({ kind: 'certification', title: 'Cert', position: 5 }),
    ]);
    const html = render(plan);
    const order = [
      'Certifications',
      'Cert',
      'Portfolio projects',
      'Project A',
      'Project B',
      'My own items',
      'Mine',
    ];
    const positions = order.map((text) => html.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).not.toContain('Tools to learn');
  });

  it('marks unfinished items past their due date as overdue, and nothing else', () => {
    const plan = planWith([
      planItem({ title: 'Late and open', dueDate: '2026-11-27' }),
      planItem({
        title: 'Late but done',
        dueDate: '2026-11-01',
        status: 'done',
        completedAt: '2026-10-30T12:00:00Z',
      }),
      planItem({ title: 'Due today', dueDate: '2026-11-28' }),
      planItem({ title: 'No date' }),
    ]);
    const html = render(plan);
    const rows = itemRows(html);
    const isMarked = (title: string) => (rows.find((r) => r.includes(title)) ?? '').includes('Overdue');
    expect(isMarked('Late and open')).toBe(true);
    expect(isMarked('Late but done')).toBe(false);
    expect(isMarked('Due today')).toBe(false);
    expect(isMarked('No date')).toBe(false);
    expect(html).toContain('1 overdue');
  });

  it('shows the due date and, for done items, the completion date', () => {
    const html = render(
      planWith([
        planItem({
          title: 'Finished',
          dueDate: '2026-12-05',
          status: 'done',
          completedAt: '2026-10-02T09:30:00.000Z',
        }),
      ]),
    );
    expect(html).toContain('Due 5 Dec 2026');
    expect(html).toContain('Completed 2 Oct 2026');
  });

  it('says so when the plan has no items', () => {
    const html = render(planWith([]));
    expect(html).toContain('This plan has no items yet.');
    expect(html).toContain('0 of 0 done');
  });

  it('shows skipped items as skipped, never overdue, and counts them apart from the work left', () => {
    const plan = planWith([
      itemOfKind('tool', 'Done tool', 'done'),
      planItem({ kind: 'tool', title: 'Skipped tool', status: 'skipped', dueDate: '2026-10-01' }),
      itemOfKind('tool', 'Open tool'),
    ]);
    const html = render(plan);
    const row = itemRows(html).find((r) => r.includes('Skipped tool')) ?? '';
    expect(html).toContain('<li class="item skipped">');
    expect(row).toContain('Skipped');
    expect(row).toContain(OPEN_GLYPH);
    expect(row).not.toContain('Overdue');
    expect(html).toContain('1 of 3 done</strong>, 1 skipped (50%)');
    expect(html).toContain('1 of 3 done, 1 skipped</span>');
    expect(html).not.toContain('overdue</span>');
  });

  it('lists a project’s deliverables with their ticks and its evidence links in full', () => {
    const project = planItem({
      kind: 'project',
      title: 'Status page',
      deliverables: [
        { id: 1, title: 'Public repository', done: true },
        { id: 2, title: 'Live <demo>', done: false },
      ],
      evidence: [
        { id: 1, kind: 'repository', url: 'https://git.example/me/status?tab=1&x=2', label: 'Code' },
        { id: 2, kind: 'write-up', url: 'https://blog.example/post', label: '' },
      ],
    });
    // Deliverables are a list inside the item's row, so the whole document is searched.
    const row = render(planWith([project]));
    expect(row).toContain('Deliverables: 1 of 2 done');
    expect(row).toMatch(
      /class="deliverable done"><span class="box" aria-hidden="true">\u2611<\/span><span>Public repository/,
    );
    expect(row).toMatch(
      /class="deliverable"><span class="box" aria-hidden="true">\u2610<\/span><span>Live &lt;demo&gt;/,
    );
    expect(row).toContain(
      '<span class="evidence-kind">Repository</span><span class="evidence-label">Code</span><span class="evidence-url"><a href="https://git.example/me/status?tab=1&amp;x=2">https://git.example/me/status?tab=1&amp;x=2</a></span>',
    );
    expect(row).toContain('<span class="evidence-kind">Write-up</span><span class="evidence-url">');
  });

  it('never makes a link of an address that is not http(s)', () => {
    const item = planItem({ evidence: [{ id: 1, kind: 'other', url: 'javascript:alert(1)', label: 'x' }] });
    const html = render(planWith([item]));
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('javascript:alert(1)');
  });

  it('shows a certification’s exam date, result with score, date earned and expiry, but not the booking note', () => {
    const cert = planItem({
      kind: 'certification',
      title: 'Cloud Basics',
      certification: {
        examDate: '2026-05-14',
        bookingNote: 'Voucher SECRET-42',
        result: 'passed',
        score: '870/1000',
        earnedDate: '2026-05-14',
        validityYears: 3,
        expiresDate: '2029-05-14',
      },
    });
    const row = itemRows(render(planWith([cert])))[0] ?? '';
    expect(row).toContain(
      '<p class="item-facts"><span>Exam 14 May 2026</span><span>Passed (870/1000)</span><span>Earned 14 May 2026</span><span>Expires 14 May 2029</span></p>',
    );
    expect(row).not.toContain('SECRET');
    const failed = planItem({
      kind: 'certification',
      title: 'Retake',
      certification: {
        examDate: null,
        bookingNote: '',
        result: 'failed',
        score: '',
        earnedDate: null,
        validityYears: null,
        expiresDate: null,
      },
    });
    expect(itemRows(render(planWith([failed])))[0]).toContain('<span>Not passed</span>');
  });
});
