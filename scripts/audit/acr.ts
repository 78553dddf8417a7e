/**
 * `npm run acr`: writes the Accessibility Conformance Report from the latest `npm run audit` and the manual
 * records auditors exported from the reader's auditor mode (EARL JSON-LD), merged. Options:
 *   --audit DIR      the audit's reports (reports/a11y, else reports/a11y-quick)
 *   --records FILE   manual records to include; repeat for each auditor's export
 *   --out DIR        where the report goes (reports/acr)
 *   --author NAME    who issues the report (default: the auditors' names)
 *   --email EMAIL    the contact address OpenACR asks for
 * Exits 1 when two exports hold different records by the same auditor for the same check: both are printed,
 * the first one read is used, and a person has to settle it.
 */
import { access, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { auditorNames, buildAcr, levelCounts } from '../../common/audit/acr';
import { renderAcrHtml } from '../../common/audit/acr-html';
import { manualRecordsFromEarl, manualRecordsToEarl, toEarl } from '../../common/audit/earl';
import { mergeRecords, type ManualRecord, type MergeConflict } from '../../common/audit/manual-records';
import { openAcrYaml } from '../../common/audit/openacr';
import type { AuditReport } from '../../common/audit/types';
import { REPORT_FILES } from './write-reports';

export const ACR_FILES = {
  en: 'index.html',
  fr: 'index.fr.html',
  openAcr: 'openacr.yaml',
  openAcrFr: 'openacr.fr.yaml',
  earl: 'earl.jsonld',
  records: 'manual-records.jsonld',
  results: 'results.json',
} as const;

const root = resolve(import.meta.dirname, '../..');

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function findAudit(option: string | undefined): Promise<string | undefined> {
  const candidates = option ? [resolve(option)] : [resolve(root, 'reports/a11y'), resolve(root, 'reports/a11y-quick')];
  for (const directory of candidates) if (await exists(join(directory, REPORT_FILES.results))) return directory;
  if (option) throw new Error(`No ${REPORT_FILES.results} in ${option}: run npm run audit first.`);
  return undefined;
}

async function readRecords(files: readonly string[]): Promise<{ records: ManualRecord[]; conflicts: MergeConflict[] }> {
  let records: ManualRecord[] = [];
  const conflicts: MergeConflict[] = [];
  for (const file of files) {
    const parsed = manualRecordsFromEarl(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed)
      throw new Error(`${file} is not an export of manual records (EARL JSON-LD), or one of its records is invalid.`);
    const merged = mergeRecords(records, parsed);
    records = merged.records;
    conflicts.push(...merged.conflicts);
  }
  return { records, conflicts };
}

export async function writeAcr(options: {
  audit?: string;
  records: readonly string[];
  out: string;
  author?: string;
  email?: string;
  version: string;
  now?: Date;
}) {
  const auditDirectory = await findAudit(options.audit);
  const audit = auditDirectory
    ? (JSON.parse(await readFile(join(auditDirectory, REPORT_FILES.results), 'utf8')) as AuditReport)
    : undefined;
  const { records, conflicts } = await readRecords(options.records);
  const acr = buildAcr({
    audit,
    records,
    product: { name: 'Lisible', version: options.version },
    author: { name: options.author ?? (auditorNames(records).join(', ') || 'Lisible'), email: options.email ?? '' },
    date: (options.now ?? new Date()).toISOString(),
  });
  await mkdir(options.out, { recursive: true });
  const files = {
    earl: ACR_FILES.earl,
    ...(audit ? { results: ACR_FILES.results } : {}),
    ...(auditDirectory ? { audit: relative(options.out, join(auditDirectory, REPORT_FILES.en)) } : {}),
  };
  await Promise.all([
    writeFile(
      join(options.out, ACR_FILES.en),
      renderAcrHtml(acr, 'en', { otherLanguageHref: ACR_FILES.fr, files: { ...files, openAcr: ACR_FILES.openAcr } }),
    ),
    writeFile(
      join(options.out, ACR_FILES.fr),
      renderAcrHtml(acr, 'fr', { otherLanguageHref: ACR_FILES.en, files: { ...files, openAcr: ACR_FILES.openAcrFr } }),
    ),
    writeFile(join(options.out, ACR_FILES.openAcr), openAcrYaml(acr, 'en')),
    writeFile(join(options.out, ACR_FILES.openAcrFr), openAcrYaml(acr, 'fr')),
    writeFile(
      join(options.out, ACR_FILES.earl),
      `${JSON.stringify(audit ? toEarl(audit, records) : manualRecordsToEarl(records), null, 2)}\n`,
    ),
    writeFile(join(options.out, ACR_FILES.records), `${JSON.stringify(manualRecordsToEarl(records), null, 2)}\n`),
    ...(auditDirectory
      ? [copyFile(join(auditDirectory, REPORT_FILES.results), join(options.out, ACR_FILES.results))]
      : []),
  ]);
  return { acr, auditDirectory, conflicts };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      audit: { type: 'string' },
      records: { type: 'string', multiple: true, default: [] },
      out: { type: 'string' },
      author: { type: 'string' },
      email: { type: 'string' },
    },
  });
  const out = resolve(root, values.out ?? 'reports/acr');
  const packageJson = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  const { acr, auditDirectory, conflicts } = await writeAcr({
    ...(values.audit ? { audit: values.audit } : {}),
    records: values.records,
    out,
    ...(values.author ? { author: values.author } : {}),
    ...(values.email ? { email: values.email } : {}),
    version: packageJson.version,
  });
  const counts = levelCounts(acr);
  const lines = [
    auditDirectory
      ? `Automated evidence: ${relative(process.cwd(), auditDirectory)}/${REPORT_FILES.results}`
      : 'No automated audit found (run npm run audit): automated evidence left out.',
    `Manual records: ${acr.records.length} by ${auditorNames(acr.records).join(', ') || 'no one yet'}.`,
    `Conformance: ${Object.entries(counts)
      .map(([level, count]) => `${count} ${level}`)
      .join(', ')}.`,
    ...conflicts.flatMap(({ kept, incoming }) => [
      `Conflict: ${kept.auditor.name} recorded ${kept.check} twice differently; kept ${kept.outcome} (${kept.date}), not ${incoming.outcome} (${incoming.date}).`,
    ]),
    `Report: ${relative(process.cwd(), join(out, ACR_FILES.en))} (French: ${ACR_FILES.fr}), ${ACR_FILES.openAcr}, ${ACR_FILES.earl}.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return conflicts.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 2;
    },
  );
}
