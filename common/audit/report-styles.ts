/**
 * Styles of the exported HTML report: it is opened on its own, away from the app, so they travel inside it.
 * 7:1 text contrast, a visible focus ring, tables that scroll inside their own region rather than the page.
 */
export const REPORT_STYLES = `
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; font: 1rem/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; overflow-wrap: break-word; }
a { color: #0a3a80; text-decoration: underline; }
:focus-visible { outline: 0.1875rem solid #0a3a80; outline-offset: 0.125rem; }
h1, h2, h3, h4 { line-height: 1.25; }
h2 { margin-top: 2.5rem; padding-top: 1rem; border-top: 0.125rem solid #595959; }
h3 { margin-top: 2rem; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.9em; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; padding: 0.5rem; background: #f0f0f0; border-inline-start: 0.25rem solid #595959; }
dl > div { display: flex; flex-wrap: wrap; gap: 0 0.5rem; }
dt { font-weight: 700; }
dt::after { content: ":"; }
:lang(fr) dt::after { content: "\\00a0:"; }
dd { margin: 0; }
.counts { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
.verdict { font-size: 1.25rem; font-weight: 700; }
li { margin-block: 0.5rem; }
.table { overflow-x: auto; }
table { border-collapse: collapse; min-width: 40rem; }
caption { text-align: start; font-weight: 700; padding-block: 0.5rem; }
th, td { text-align: start; vertical-align: top; padding: 0.25rem 0.5rem; border: 0.0625rem solid #595959; }
thead th { background: #f0f0f0; }
.status-auto-fail td:nth-child(3) { font-weight: 700; }
header { margin-bottom: 1rem; }
`;

/** The conformance report adds wide three-column tables and their print layout. */
export const ACR_STYLES = `
.level { font-weight: 700; white-space: nowrap; }
.remarks { margin: 0; padding-inline-start: 1.25rem; }
.remarks li { margin-block: 0.25rem; }
td ul { margin: 0; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  header nav { display: none; }
  .table { overflow: visible; }
  table { min-width: 0; width: 100%; }
  tr, th, td { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
}
`;
