/**
 * Every mark of the document shown, by kind, in reading order: go to one, rename a bookmark, change a
 * highlight's category, edit a note or hear it, delete any; marks whose passage is no longer in the document are
 * listed apart with their text, never dropped. Also where highlights are hidden or shown.
 */
import './strings';
import './marks.css';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../common/languages';
import {
  edited,
  HIGHLIGHT_CATEGORIES,
  type HighlightCategory,
  type Mark,
  type MarkKind,
} from '../../../../common/marks';
import { useAnnounce } from '../../shared/Announcer';
import { focusWithoutTabStop } from '../../shared/focus-without-tab-stop';
import { Dialog } from '../../shared/dialogs/Dialog';
import { useDialogs } from '../../shared/dialogs/DialogHost';
import type { DialogProps } from '../../shared/dialogs/lazy-dialog';
import { deleteMark, putMark, setMarksShown, useMarksShown, useSavedMarks, useUnplaced } from './marks-store';
import { quoted } from './mark-text';
import { readNoteAloud } from './NoteCard';
import { speechSupported } from '../../speech/speech-reader';
import { MarksExchange } from './MarksExchange';

const SECTIONS: readonly { kind: MarkKind; heading: 'bookmarks' | 'highlights' | 'notes' }[] = [
  { kind: 'bookmark', heading: 'bookmarks' },
  { kind: 'highlight', heading: 'highlights' },
  { kind: 'note', heading: 'notes' },
];

function MarkItem({ mark, placed, onGoTo }: { mark: Mark; placed: boolean; onGoTo: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const dialogs = useDialogs();
  const id = useId();
  const kind = t(`marks.kinds.${mark.kind}`);
  const label = mark.kind === 'bookmark' ? mark.name : quoted(mark.target.exact, t);
  const item = useRef<HTMLLIElement>(null);
  const remove = () => {
    // The button pressed goes with its mark: focus moves first to the mark after it, else the one before, else
    // the heading of the now empty list, so that a keyboard or screen-reader user stays where they were.
    const here = item.current;
    const neighbour = here?.nextElementSibling ?? here?.previousElementSibling;
    const heading = here?.closest('section')?.querySelector('h3');
    const next = neighbour?.querySelector('button') ?? heading;
    if (next instanceof HTMLElement) focusWithoutTabStop(next);
    deleteMark(mark.id);
    announce(t('marks.said.deleted', { kind }));
  };
  return (
    <li ref={item} className={`mark-item mark-item-${mark.kind}`}>
      {placed ? (
        <button type="button" className="mark-go" id={`${id}-name`} onClick={onGoTo}>
          <span className="visually-hidden">{t('marks.panel.goTo')} </span>
          <span lang={mark.kind === 'bookmark' ? undefined : mark.language}>{label}</span>
        </button>
      ) : (
        <p id={`${id}-name`}>
          {kind}: <span lang={mark.kind === 'bookmark' ? undefined : mark.language}>{label}</span>
          {mark.kind === 'bookmark' && <span lang={mark.language}> {quoted(mark.target.exact, t)}</span>}
        </p>
      )}
      {mark.kind === 'note' && (
        <p className="mark-note-text" id={`${id}-note`}>
          {mark.text}
        </p>
      )}
      <div className="mark-actions">
        {mark.kind === 'highlight' && (
          <span className="mark-category">
            <label htmlFor={`${id}-category`}>{t('marks.panel.category')}</label>{' '}
            <select
              id={`${id}-category`}
              value={mark.category}
              aria-describedby={`${id}-name`}
              onChange={(event) => {
                const category = event.target.value as HighlightCategory;
                putMark(edited(mark, { category }));
                announce(t('marks.said.categoryChanged', { category: t(`marks.categories.${category}`) }));
              }}
            >
              {HIGHLIGHT_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {t(`marks.categories.${category}`)}
                </option>
              ))}
            </select>
          </span>
        )}
        {mark.kind === 'bookmark' && (
          <button
            type="button"
            aria-describedby={`${id}-name`}
            onClick={() => dialogs.open('markEditor', { mark, isNew: false })}
          >
            {t('marks.panel.rename')}
          </button>
        )}
        {mark.kind === 'note' && (
          <>
            <button
              type="button"
              aria-describedby={`${id}-name`}
              onClick={() => dialogs.open('markEditor', { mark, isNew: false })}
            >
              {t('marks.panel.edit')}
            </button>
            {speechSupported && (
              <button
                type="button"
                aria-describedby={`${id}-name`}
                onClick={() => readNoteAloud(document.getElementById(`${id}-note`))}
              >
                {t('marks.panel.readAloud')}
              </button>
            )}
          </>
        )}
        <button type="button" aria-describedby={`${id}-name`} onClick={remove}>
          {t('marks.panel.delete')}
        </button>
      </div>
    </li>
  );
}

export function MarksPanel({
  documentId,
  language,
  onGoTo,
  onClose,
}: DialogProps & { documentId: string; language: Language; onGoTo: (mark: Mark) => void }) {
  const { t } = useTranslation();
  const saved = useSavedMarks();
  const unplaced = useUnplaced();
  const shown = useMarksShown();
  const showId = useId();
  const mine = saved.marks.filter((mark) => mark.documentId === documentId && mark.language === language);
  const placed = mine.filter((mark) => !unplaced.has(mark.id));
  const lost = mine.filter((mark) => unplaced.has(mark.id));
  const goTo = (mark: Mark) => {
    onClose();
    onGoTo(mark);
  };

  return (
    <Dialog open onClose={onClose} title={t('marks.panel.title')} className="marks-panel">
      <p className="marks-show">
        <input id={showId} type="checkbox" checked={shown} onChange={(event) => setMarksShown(event.target.checked)} />{' '}
        <label htmlFor={showId}>{t('marks.panel.showHighlights')}</label>
      </p>
      {SECTIONS.map(({ kind, heading }) => {
        const marks = placed.filter((mark) => mark.kind === kind);
        return (
          <section key={kind} aria-labelledby={`${showId}-${kind}`}>
            <h3 id={`${showId}-${kind}`}>{t(`marks.panel.${heading}`)}</h3>
            {marks.length === 0 ? (
              <p>{t('marks.panel.none')}</p>
            ) : (
              <ul className="mark-list">
                {marks.map((mark) => (
                  <MarkItem key={mark.id} mark={mark} placed onGoTo={() => goTo(mark)} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {lost.length > 0 && (
        <section aria-labelledby={`${showId}-unplaced`}>
          <h3 id={`${showId}-unplaced`}>{t('marks.panel.unplaced')}</h3>
          <p>{t('marks.panel.unplacedHint')}</p>
          <ul className="mark-list">
            {lost.map((mark) => (
              <MarkItem key={mark.id} mark={mark} placed={false} onGoTo={() => undefined} />
            ))}
          </ul>
        </section>
      )}
      <MarksExchange language={language} />
    </Dialog>
  );
}
