/**
 * Auditor mode's guided manual checks: every check with its steps, what to look for and where, a form to record
 * the result (pass, fail, not applicable, cannot tell) with a note, the assistive technology and platform used,
 * and who checked; progress and filters; export and import (EARL) so auditors can merge their work; and the
 * conformance report built from the records. Records are kept through the bridge (a file in the user-data
 * folder on the desktop, IndexedDB in a browser). The checks' own texts are the bilingual catalogue's.
 */
import { useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buildAcr } from '../../../common/audit/acr';
import { renderAcrHtml } from '../../../common/audit/acr-html';
import { checkTexts, checkTitle, formatDate } from '../../../common/audit/acr-strings';
import { MANUAL_OUTCOMES, type ManualOutcome } from '../../../common/audit/conformance';
import { manualRecordsFromEarl, manualRecordsToEarl } from '../../../common/audit/earl';
import { CHECK_GROUPS, MANUAL_CHECKS, type CheckGroup, type ManualCheck } from '../../../common/audit/manual-checks';
import {
  mergeRecords,
  resolveConflict,
  upsertRecord,
  type ManualRecord,
  type MergeConflict,
} from '../../../common/audit/manual-records';
import { openAcrYaml } from '../../../common/audit/openacr';
import type { AuditReport } from '../../../common/audit/types';
import type { Language } from '../../../common/languages';
import { bridge } from '../bridge';
import { Dialog } from '../shared/dialogs/Dialog';
import type { DialogProps } from '../shared/dialogs/lazy-dialog';
import { usePreferences } from '../preferences/PreferencesProvider';
import { downloadText } from './download';
import './manual-checks.css';

type LevelFilter = '' | 'A' | 'AA' | 'AAA' | 'none';
type StateFilter = '' | 'unchecked' | ManualOutcome;

interface Auditor {
  name: string;
  email: string;
  technology: string;
  platform: string;
}

function matches(
  check: ManualCheck,
  records: readonly ManualRecord[],
  language: Language,
  filters: { query: string; level: LevelFilter; group: '' | CheckGroup; state: StateFilter },
): boolean {
  if (filters.level && (filters.level === 'none' ? check.level !== undefined : check.level !== filters.level))
    return false;
  if (filters.group && check.group !== filters.group) return false;
  if (filters.state === 'unchecked' && records.length > 0) return false;
  if (filters.state && filters.state !== 'unchecked' && !records.some((record) => record.outcome === filters.state))
    return false;
  const query = filters.query.trim().toLowerCase();
  if (!query) return true;
  const texts = checkTexts(check.id, language);
  const haystack = [checkTitle(check.id, language), ...check.covers, texts?.steps, texts?.where]
    .join(' ')
    .toLowerCase();
  return haystack.includes(query);
}

function CheckItem({
  check,
  records,
  language,
  onRecord,
}: {
  check: ManualCheck;
  records: ManualRecord[];
  language: Language;
  onRecord: (check: ManualCheck, outcome: ManualOutcome, note: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const texts = checkTexts(check.id, language);
  const [outcome, setOutcome] = useState<ManualOutcome | ''>('');
  const [note, setNote] = useState('');
  const noteId = useId();
  const title = checkTitle(check.id, language);
  const state =
    records.length === 0
      ? t('audit.manual.check.unchecked')
      : [
          ...new Set(
            records.map((record) => t(`audit.manual.outcomes.${record.outcome}` as 'audit.manual.outcomes.passed')),
          ),
        ].join(', ');

  return (
    <li className="manual-check">
      <details>
        <summary>
          <span className="manual-check-title">{title}</span> {check.level ? `(${check.level})` : ''} — {state}
        </summary>
        <dl>
          <div>
            <dt>{t('audit.manual.check.where')}</dt>
            <dd>{texts?.where}</dd>
          </div>
          <div>
            <dt>{t('audit.manual.check.steps')}</dt>
            <dd>{texts?.steps}</dd>
          </div>
          <div>
            <dt>{t('audit.manual.check.expect')}</dt>
            <dd>{texts?.expect}</dd>
          </div>
        </dl>
        {records.length > 0 && (
          <>
            {/* Not a heading: the check's title is its summary, so a heading here would skip levels. */}
            <p id={`records-${check.id}`} className="manual-records-label">
              {t('audit.manual.check.records')}
            </p>
            <ul aria-labelledby={`records-${check.id}`}>
              {records.map((record) => (
                <li key={record.id}>
                  {t('audit.manual.check.record', {
                    outcome: t(`audit.manual.outcomes.${record.outcome}` as 'audit.manual.outcomes.passed'),
                    auditor: record.auditor.name,
                    date: formatDate(record.date, language),
                  })}
                  {record.note ? ` — ${record.note}` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!outcome) return;
            void onRecord(check, outcome, note).then((saved) => {
              if (saved) setNote('');
            });
          }}
        >
          <fieldset>
            <legend>
              {t('audit.manual.check.result')} — {title}
            </legend>
            {MANUAL_OUTCOMES.map((value) => (
              <label key={value} className="manual-outcome">
                <input
                  type="radio"
                  name={`outcome-${check.id}`}
                  value={value}
                  checked={outcome === value}
                  required
                  onChange={() => setOutcome(value)}
                />{' '}
                {t(`audit.manual.outcomes.${value}` as 'audit.manual.outcomes.passed')}
              </label>
            ))}
          </fieldset>
          <label htmlFor={noteId}>{t('audit.manual.check.note')}</label>
          <textarea
            id={noteId}
            value={note}
            maxLength={4000}
            rows={2}
            onChange={(event) => setNote(event.target.value)}
          />
          <p>
            <button type="submit">{t('audit.manual.check.save')}</button>
          </p>
        </form>
      </details>
    </li>
  );
}

export function ManualChecks({ onClose, audit }: DialogProps & { audit?: AuditReport | undefined }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const [records, setRecords] = useState<ManualRecord[]>([]);
  const [auditor, setAuditor] = useState<Auditor>({
    name: '',
    email: '',
    technology: '',
    platform: window.lisible ? 'Lisible desktop' : navigator.userAgent.slice(0, 200),
  });
  const [filters, setFilters] = useState<{
    query: string;
    level: LevelFilter;
    group: '' | CheckGroup;
    state: StateFilter;
  }>({ query: '', level: '', group: '', state: '' });
  const [message, setMessage] = useState('');
  const [conflicts, setConflicts] = useState<MergeConflict[]>([]);
  const nameField = useRef<HTMLInputElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const ids = {
    name: useId(),
    email: useId(),
    technology: useId(),
    technologyHint: useId(),
    platform: useId(),
    query: useId(),
    level: useId(),
    group: useId(),
    state: useId(),
    progress: useId(),
    file: useId(),
  };

  useEffect(() => {
    bridge
      .loadAuditRecords()
      .then(setRecords, (error: unknown) =>
        setMessage(t('audit.manual.loadFailed', { message: error instanceof Error ? error.message : String(error) })),
      );
  }, [t]);

  const byCheck = useMemo(() => {
    const map = new Map<string, ManualRecord[]>();
    for (const record of records) map.set(record.check, [...(map.get(record.check) ?? []), record]);
    return map;
  }, [records]);
  const checked = MANUAL_CHECKS.filter((check) => byCheck.has(check.id)).length;
  const shown = MANUAL_CHECKS.filter((check) => matches(check, byCheck.get(check.id) ?? [], language, filters));
  const outcomeName = (outcome: ManualOutcome) =>
    t(`audit.manual.outcomes.${outcome}` as 'audit.manual.outcomes.passed');

  const persist = async (next: ManualRecord[]): Promise<boolean> => {
    try {
      await bridge.saveAuditRecords(next);
      setRecords(next);
      return true;
    } catch (error) {
      setMessage(t('audit.manual.saveFailed', { message: error instanceof Error ? error.message : String(error) }));
      return false;
    }
  };

  const record = async (check: ManualCheck, outcome: ManualOutcome, note: string): Promise<boolean> => {
    if (!auditor.name.trim()) {
      setMessage(t('audit.manual.auditor.nameNeeded'));
      nameField.current?.focus();
      return false;
    }
    const entry: ManualRecord = {
      id: crypto.randomUUID(),
      check: check.id,
      outcome,
      note: note.trim(),
      assistiveTechnology: auditor.technology.trim(),
      platform: auditor.platform.trim(),
      auditor: { name: auditor.name.trim(), ...(auditor.email.trim() ? { email: auditor.email.trim() } : {}) },
      date: new Date().toISOString(),
    };
    const saved = await persist(upsertRecord(records, entry));
    if (saved)
      setMessage(
        t('audit.manual.check.saved', { outcome: outcomeName(outcome), check: checkTitle(check.id, language) }),
      );
    return saved;
  };

  const download = (fileName: string, text: string, type: string) => {
    // Inside the dialog: the rest of the page is inert while it is open.
    downloadText(fileName, text, type, container.current ?? undefined);
    setMessage(t('audit.export.started', { file: fileName }));
  };
  const stamp = new Date().toISOString().slice(0, 10);
  const acr = () =>
    buildAcr({
      audit,
      records,
      product: { name: 'Lisible', version: audit?.tool.version ?? '' },
      author: {
        name: [...new Set(records.map((entry) => entry.auditor.name))].join(', ') || auditor.name || 'Lisible',
        email: auditor.email,
      },
      date: new Date().toISOString(),
    });

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let incoming: ManualRecord[] | undefined;
    try {
      incoming = manualRecordsFromEarl(JSON.parse(await file.text()));
    } catch {
      incoming = undefined;
    }
    if (!incoming) {
      setMessage(t('audit.manual.exchange.importFailed'));
      return;
    }
    const merged = mergeRecords(records, incoming);
    if (await persist(merged.records)) {
      setConflicts(merged.conflicts);
      setMessage(
        t('audit.manual.exchange.imported', {
          added: merged.added.length,
          unchanged: merged.unchanged,
          conflicts: merged.conflicts.length,
        }),
      );
    }
  };

  const settle = async (conflict: MergeConflict, choice: 'kept' | 'incoming') => {
    if (await persist(resolveConflict(records, conflict, choice))) {
      setConflicts(conflicts.filter((entry) => entry !== conflict));
      setMessage(
        t('audit.manual.exchange.settled', {
          check: checkTitle(conflict.kept.check, language),
          outcome: outcomeName(conflict[choice].outcome),
        }),
      );
    }
  };

  const setAuditorField = (field: keyof Auditor) => (event: ChangeEvent<HTMLInputElement>) =>
    setAuditor({ ...auditor, [field]: event.target.value });

  return (
    <Dialog open onClose={onClose} title={t('audit.manual.title')} className="audit-dialog manual-checks">
      <div ref={container}>
        <p>{t('audit.manual.intro')}</p>
        <p role="status" className="audit-status">
          {message}
        </p>
        <fieldset>
          <legend>{t('audit.manual.auditor.legend')}</legend>
          <div className="manual-field">
            <label htmlFor={ids.name}>{t('audit.manual.auditor.name')}</label>
            <input
              id={ids.name}
              ref={nameField}
              type="text"
              autoComplete="name"
              maxLength={200}
              value={auditor.name}
              onChange={setAuditorField('name')}
            />
          </div>
          <div className="manual-field">
            <label htmlFor={ids.email}>{t('audit.manual.auditor.email')}</label>
            <input
              id={ids.email}
              type="email"
              autoComplete="email"
              maxLength={200}
              value={auditor.email}
              onChange={setAuditorField('email')}
            />
          </div>
          <div className="manual-field">
            <label htmlFor={ids.technology}>{t('audit.manual.auditor.technology')}</label>
            <input
              id={ids.technology}
              type="text"
              maxLength={200}
              aria-describedby={ids.technologyHint}
              value={auditor.technology}
              onChange={setAuditorField('technology')}
            />
            <span id={ids.technologyHint} className="manual-hint">
              {t('audit.manual.auditor.technologyHint')}
            </span>
          </div>
          <div className="manual-field">
            <label htmlFor={ids.platform}>{t('audit.manual.auditor.platform')}</label>
            <input
              id={ids.platform}
              type="text"
              maxLength={200}
              value={auditor.platform}
              onChange={setAuditorField('platform')}
            />
          </div>
        </fieldset>

        <p id={ids.progress} className="manual-progress">
          {t('audit.manual.progress', { checked, total: MANUAL_CHECKS.length })}
        </p>
        <progress max={MANUAL_CHECKS.length} value={checked} aria-labelledby={ids.progress} />

        <fieldset className="manual-filters">
          <legend>{t('audit.manual.filters.legend')}</legend>
          <div className="manual-field">
            <label htmlFor={ids.query}>{t('audit.manual.filters.criterion')}</label>
            <input
              id={ids.query}
              type="search"
              value={filters.query}
              onChange={(event) => setFilters({ ...filters, query: event.target.value })}
            />
          </div>
          <div className="manual-field">
            <label htmlFor={ids.level}>{t('audit.manual.filters.level')}</label>
            <select
              id={ids.level}
              value={filters.level}
              onChange={(event) => setFilters({ ...filters, level: event.target.value as LevelFilter })}
            >
              <option value="">{t('audit.manual.filters.all')}</option>
              <option value="A">A</option>
              <option value="AA">AA</option>
              <option value="AAA">AAA</option>
              <option value="none">{t('audit.manual.filters.noLevel')}</option>
            </select>
          </div>
          <div className="manual-field">
            <label htmlFor={ids.group}>{t('audit.manual.filters.group')}</label>
            <select
              id={ids.group}
              value={filters.group}
              onChange={(event) => setFilters({ ...filters, group: event.target.value as '' | CheckGroup })}
            >
              <option value="">{t('audit.manual.filters.all')}</option>
              {CHECK_GROUPS.map((group) => (
                <option key={group} value={group}>
                  {t(`audit.manual.groups.${group}` as 'audit.manual.groups.perceivable')}
                </option>
              ))}
            </select>
          </div>
          <div className="manual-field">
            <label htmlFor={ids.state}>{t('audit.manual.filters.state')}</label>
            <select
              id={ids.state}
              value={filters.state}
              onChange={(event) => setFilters({ ...filters, state: event.target.value as StateFilter })}
            >
              <option value="">{t('audit.manual.filters.all')}</option>
              <option value="unchecked">{t('audit.manual.filters.unchecked')}</option>
              {MANUAL_OUTCOMES.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {outcomeName(outcome)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <p>{t('audit.manual.filters.shown', { count: shown.length })}</p>
        {shown.length === 0 ? (
          <p>{t('audit.manual.filters.none')}</p>
        ) : (
          <ul className="manual-check-list">
            {shown.map((check) => (
              <CheckItem
                key={check.id}
                check={check}
                records={byCheck.get(check.id) ?? []}
                language={language}
                onRecord={record}
              />
            ))}
          </ul>
        )}

        <section aria-labelledby="manual-exchange">
          <h3 id="manual-exchange">{t('audit.manual.exchange.heading')}</h3>
          <div className="audit-export">
            <button
              type="button"
              onClick={() =>
                download(
                  `lisible-manual-records-${stamp}.jsonld`,
                  JSON.stringify(manualRecordsToEarl(records), null, 2),
                  'application/ld+json',
                )
              }
            >
              {t('audit.manual.exchange.export')}
            </button>
            <label htmlFor={ids.file} className="manual-import">
              {t('audit.manual.exchange.import')}
            </label>
            <input
              id={ids.file}
              type="file"
              accept=".jsonld,.json,application/ld+json,application/json"
              onChange={(event) => void importFile(event)}
            />
          </div>
          {conflicts.length > 0 && (
            <>
              <h4>{t('audit.manual.exchange.conflictsHeading')}</h4>
              <ul>
                {conflicts.map((conflict) => (
                  <li key={`${conflict.kept.id}-${conflict.incoming.id}`}>
                    {t('audit.manual.exchange.conflict', {
                      auditor: conflict.kept.auditor.name,
                      check: checkTitle(conflict.kept.check, language),
                      kept: outcomeName(conflict.kept.outcome),
                      incoming: outcomeName(conflict.incoming.outcome),
                    })}{' '}
                    <button type="button" onClick={() => void settle(conflict, 'kept')}>
                      {t('audit.manual.exchange.keep', { outcome: outcomeName(conflict.kept.outcome) })}
                    </button>{' '}
                    <button type="button" onClick={() => void settle(conflict, 'incoming')}>
                      {t('audit.manual.exchange.take', { outcome: outcomeName(conflict.incoming.outcome) })}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <section aria-labelledby="manual-report">
          <h3 id="manual-report">{t('audit.manual.report.heading')}</h3>
          <p>{t('audit.manual.report.intro')}</p>
          <div className="audit-export">
            <button
              type="button"
              onClick={() =>
                download(`lisible-acr-${language}-${stamp}.html`, renderAcrHtml(acr(), language), 'text/html')
              }
            >
              {t('audit.manual.report.html')}
            </button>
            <button
              type="button"
              onClick={() =>
                download(`lisible-openacr-${language}-${stamp}.yaml`, openAcrYaml(acr(), language), 'application/yaml')
              }
            >
              {t('audit.manual.report.openacr')}
            </button>
          </div>
        </section>
      </div>
    </Dialog>
  );
}
