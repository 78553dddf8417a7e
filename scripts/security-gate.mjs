// Electronegativity as a gate: exits non-zero on any finding, printing each, and writes the SARIF report to
// reports/security/. Its CLI always exits 0, so this drives its API instead, offline.
//
// What it scans (see SECURITY.md): the code that runs with Electron's privileges (main/ and common/, which
// include the preload) with package.json for the Electron version, and the renderer's HTML as built
// (out/renderer/index.html, with its CSP), so run `electron-vite build` first (`npm run security` does).
// The renderer's TypeScript is not scanned: it runs sandboxed and context-isolated, where no Electron API
// exists, and Electronegativity's JavaScript checks are about those APIs (they only match it by name).
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SCANNED = ['package.json', 'main', 'common', 'out/renderer/index.html'];
const SARIF = join(ROOT, 'reports/security/electronegativity.sarif');

/**
 * Left out because they need the network: AVAILABLE_SECURITY_FIXES downloads Electron's release list, and
 * ELECTRON_VERSION_JSON only feeds it (alone it just reports the version it read). Keeping Electron current
 * is Dependabot's or `npm outdated`'s job, not an offline test's.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck', 'ElectronVersionJSONCheck'];

/**
 * Findings reviewed and accepted, each matched narrowly enough that any other finding still fails the gate.
 * Code in main/ marks its reviewed lines with Electronegativity's own `eng-disable` comments instead; this list
 * is for the built HTML, which has no source line of ours to annotate.
 */
const REVIEWED = [
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'out/renderer/index.html',
    reason:
      "CSP Evaluator warns that script-src 'self' is weak where the origin hosts JSONP, AngularJS or user uploads. " +
      'app://lisible serves only the built renderer files, through a path guard (main/security/app-url.ts).',
    // Accepted only while that is the CSP's one weakness: any other one fails the gate.
    accepts: (issue, cspFindings) =>
      cspFindings.length === 1 &&
      cspFindings[0].directive === 'script-src' &&
      cspFindings[0].value === "'self'" &&
      issue.sample !== undefined,
  },
];

const require = createRequire(import.meta.url);
const engDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));

// Offline: at start Electronegativity fetches translations over HTTP (1 s time-out, then falls back to its
// bundled English). Its HTTP client is answered here with an immediate refusal, so nothing leaves the machine.
const gotPath = require.resolve('got', { paths: [engDir] });
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: () => Promise.reject(new Error('offline')),
};
const runElectronegativity = require(engDir);
const csp = require(require.resolve('@doyensec/csp-evaluator', { paths: [engDir] }));

function cspFindings(policy) {
  const parsed = new csp.CspParser(policy);
  return new csp.CspEvaluator(parsed.csp, csp.Version.CSP3)
    .evaluate()
    .filter((finding) => finding.severity < csp.severities.INFO)
    .map(({ directive, value, description }) => ({ directive, value, description }));
}

function describe(issue) {
  const where = issue.file === 'N/A' ? '(whole app)' : `${issue.file}:${issue.location.line}:${issue.location.column}`;
  const review = issue.manualReview ? ' [needs review]' : '';
  return `${issue.id}${review} ${where}\n    ${issue.description}\n    ${issue.shortenedURL ?? ''}`;
}

async function stage() {
  const missing = SCANNED.filter((path) => !existsSync(join(ROOT, path)));
  if (missing.length > 0) {
    console.error(
      `security gate: missing ${missing.join(', ')} (run \`electron-vite build\` first, or \`npm run security\`)`,
    );
    process.exit(2);
  }
  const dir = await mkdtemp(join(tmpdir(), 'lisible-electronegativity-'));
  for (const path of SCANNED) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await cp(join(ROOT, path), join(dir, path), { recursive: true });
  }
  return dir;
}

// The installed Electron, exactly: the checks' defaults depend on the version (sandbox, context isolation…).
const electronVersion = require('electron/package.json').version;
await mkdir(dirname(SARIF), { recursive: true });
const staged = await stage();
let result;
const log = console.log;
try {
  // Its only console output is the translation fallback notice; keep the gate's output to findings.
  console.log = () => undefined;
  result = await runElectronegativity({
    input: staged,
    output: SARIF,
    isSarif: true,
    isRelative: true,
    excludeFromScan: EXCLUDED_CHECKS,
    electronVersionOverride: electronVersion,
  });
} finally {
  console.log = log;
  await rm(staged, { recursive: true, force: true });
}

const problems = [];
for (const error of result.errors) problems.push(`could not check ${error.file}: ${error.message}`);
if (result.atomicChecks === 0 || result.globalChecks === 0) problems.push('no checks were loaded');

const accepted = [];
const findings = [];
for (const issue of result.issues) {
  const reviewed = REVIEWED.find(
    (entry) =>
      entry.id === issue.id &&
      entry.file === issue.file &&
      entry.accepts(issue, issue.sample ? cspFindings(issue.sample) : []),
  );
  if (reviewed) accepted.push({ issue, reason: reviewed.reason });
  else findings.push(issue);
}

console.log(
  `Electronegativity ${require(join(engDir, 'package.json')).version}: ${result.atomicChecks} atomic and ${result.globalChecks} global checks ` +
    `for Electron ${electronVersion} on ${SCANNED.join(', ')} (left out, needing the network: ${EXCLUDED_CHECKS.join(', ')}).`,
);
for (const { issue, reason } of accepted) console.log(`Reviewed and accepted: ${describe(issue)}\n    Why: ${reason}`);
for (const problem of problems) console.error(`Error: ${problem}`);
for (const issue of findings) console.error(`Finding: ${describe(issue)}`);
console.log(`SARIF report: ${SARIF}`);

if (findings.length > 0 || problems.length > 0) {
  console.error(`security gate: FAILED with ${findings.length} finding(s) and ${problems.length} error(s).`);
  process.exit(1);
}
console.log('security gate: passed, no findings.');
