/**
 * The stylesheet of the printed plan. Fonts are the ones each desktop OS already has, so the
 * document needs nothing from the network and looks native wherever it is printed.
 */
export const PRINT_STYLES = `
@page { size: A4; }

:root {
  --ink: #1c2430;
  --muted: #5b6574;
  --rule: #d5dae1;
  --accent: #1f5fae;
  --accent-soft: #e3ecf8;
  --done: #1d7a46;
  --late: #b42318;
  --late-soft: #fdecea;
}

* { box-sizing: border-box; }

html {
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}

body {
  margin: 0;
  color: var(--ink);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
  font-size: 10pt;
  line-height: 1.45;
}

.eyebrow {
  margin: 0 0 2pt;
  color: var(--accent);
  font-size: 8pt;
  font-weight: 600;
  letter-spacing: 0.08em;
  text-transform: uppercase;
}

h1 {
  margin: 0;
  font-size: 20pt;
  line-height: 1.2;
  overflow-wrap: anywhere;
}

.path-title {
  margin: 3pt 0 10pt;
  color: var(--muted);
  font-size: 11pt;
  overflow-wrap: anywhere;
}

.facts {
  display: grid;
  grid-template-columns: repeat(3, 1fr);
  gap: 8pt 18pt;
  margin: 0 0 12pt;
  padding: 8pt 0;
  border-top: 1px solid var(--rule);
  border-bottom: 1px solid var(--rule);
}

.facts div { margin: 0; }
.facts dt { color: var(--muted); font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.06em; }
.facts dd { margin: 1pt 0 0; font-weight: 600; }
.facts .fact-note { margin: 0; color: var(--muted); font-size: 7.5pt; font-weight: 400; }
.facts .fact-note.late { color: var(--late); font-weight: 600; }

.paused { margin: -6pt 0 12pt; color: var(--muted); font-size: 8.5pt; }

.progress { margin: 0 0 16pt; break-inside: avoid; }

.progress-text { margin: 0 0 4pt; font-size: 11pt; }
.progress-text strong { font-size: 12pt; }
.progress-text .late-count { color: var(--late); font-weight: 600; }

.bar {
  height: 7pt;
  border-radius: 4pt;
  background: var(--accent-soft);
  overflow: hidden;
}

.bar-fill {
  height: 100%;
  border-radius: 4pt;
  background: var(--accent);
}

section.group { margin: 0 0 12pt; }

h2 {
  display: flex;
  justify-content: space-between;
  align-items: baseline;
  margin: 0 0 4pt;
  padding-bottom: 3pt;
  border-bottom: 2px solid var(--ink);
  font-size: 12.5pt;
  break-after: avoid;
  page-break-after: avoid;
}

h2 .group-count { color: var(--muted); font-size: 9pt; font-weight: 400; }

ul.items { margin: 0; padding: 0; list-style: none; }

li.item {
  display: flex;
  gap: 8pt;
  padding: 6pt 0 7pt;
  border-bottom: 1px solid var(--rule);
  break-inside: avoid;
  page-break-inside: avoid;
}

.box {
  flex: none;
  width: 14pt;
  font-family: "Segoe UI Symbol", "Apple Symbols", "DejaVu Sans", "Noto Sans Symbols 2", "Noto Sans Symbols", sans-serif;
  font-size: 14pt;
  line-height: 1;
}

.item.done .box { color: var(--done); }

.item-body { flex: 1; min-width: 0; }

.item-head {
  display: flex;
  justify-content: space-between;
  align-items: baseline;
  gap: 10pt;
}

.item-title { font-weight: 600; overflow-wrap: anywhere; }
.item.done .item-title { color: var(--muted); }

.status {
  flex: none;
  color: var(--muted);
  font-size: 8.5pt;
  white-space: nowrap;
}

.item.done .status { color: var(--done); font-weight: 600; }
.item.skipped .box,
.item.skipped .status { color: var(--muted); }
.item.skipped .item-title { color: var(--muted); font-weight: 400; text-decoration: line-through; }
.item.in-progress .status { color: var(--accent); font-weight: 600; }

.item-dates { margin: 1pt 0 0; color: var(--muted); font-size: 8.5pt; }
.item-dates > span + span::before { content: "\\00b7"; margin: 0 5pt; }

.overdue-tag {
  margin-left: 3pt;
  font-style: normal;
  padding: 0 4pt;
  border-radius: 3pt;
  background: var(--late-soft);
  color: var(--late);
  font-weight: 700;
}

.item-dates .late { color: var(--late); font-weight: 600; }

.tag {
  padding: 0 4pt;
  border: 1px solid var(--rule);
  border-radius: 3pt;
}

.description {
  margin: 2pt 0 0;
  color: var(--muted);
  font-size: 8.5pt;
  overflow-wrap: anywhere;
}

.notes {
  margin: 4pt 0 0;
  padding: 3pt 0 3pt 7pt;
  border-left: 2pt solid var(--accent-soft);
  font-size: 9pt;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}

.notes-label {
  display: block;
  color: var(--muted);
  font-size: 7.5pt;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  white-space: normal;
}

.item-facts { margin: 1pt 0 0; font-size: 8.5pt; }
.item-facts > span + span::before { content: "\\00b7"; margin: 0 5pt; color: var(--muted); }

.sublist { margin: 4pt 0 0; font-size: 9pt; }

.sublist-label {
  display: block;
  color: var(--muted);
  font-size: 7.5pt;
  letter-spacing: 0.06em;
  text-transform: uppercase;
}

ul.deliverables,
ul.evidence { margin: 1pt 0 0; padding: 0; list-style: none; }

.deliverable { display: flex; gap: 5pt; align-items: baseline; overflow-wrap: anywhere; }
.deliverable .box { width: 10pt; font-size: 10pt; }
.deliverable.done .box { color: var(--done); }

ul.evidence li { overflow-wrap: anywhere; }
ul.evidence li > span + span { margin-left: 5pt; }
.evidence-kind { color: var(--muted); font-size: 8pt; }
.evidence-label { font-weight: 600; }
.evidence-url a { color: var(--accent); text-decoration: none; }

.empty { color: var(--muted); font-style: italic; }
`;
