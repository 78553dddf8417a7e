/**
 * One dialog for what the reader writes or chooses about a mark: a new highlight's category, a note's text, a
 * bookmark's name. Saving keeps it at once; Cancel or Escape keeps nothing.
 */
import './strings';
import './marks.css';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  edited,
  HIGHLIGHT_CATEGORIES,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  type HighlightCategory,
  type Mark,
} from '../../../../common/marks';
import { formatDecimal } from '../../../../common/format';
import { ChoiceGroup } from '../../shared/ChoiceGroup';
import { useAnnounce } from '../../shared/Announcer';
import { Dialog } from '../../shared/dialogs/Dialog';
import type { DialogProps } from '../../shared/dialogs/lazy-dialog';
import { usePreference } from '../../preferences/PreferencesProvider';
import { putMark } from './marks-store';
import { quoted } from './mark-text';

const TITLES = { highlight: 'highlightTitle', note: 'noteTitle', bookmark: 'renameTitle' } as const;

export function MarkEditor({ mark, isNew, onClose }: DialogProps & { mark: Mark; isNew: boolean }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const language = usePreference((preferences) => preferences.language);
  const fieldId = useId();
  const [category, setCategory] = useState<HighlightCategory>(mark.kind === 'highlight' ? mark.category : 'important');
  const [text, setText] = useState(mark.kind === 'note' ? mark.text : mark.kind === 'bookmark' ? mark.name : '');
  const [empty, setEmpty] = useState(false);

  const save = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const written = text.trim();
    if (mark.kind !== 'highlight' && written === '') {
      setEmpty(true);
      return;
    }
    if (mark.kind === 'highlight') {
      putMark(isNew ? { ...mark, category } : edited(mark, { category }));
      const name = t(`marks.categories.${category}`);
      announce(
        isNew ? t('marks.said.highlighted', { category: name }) : t('marks.said.categoryChanged', { category: name }),
      );
    } else if (mark.kind === 'note') {
      putMark(isNew ? { ...mark, text: written } : edited(mark, { text: written }));
      announce(t('marks.said.noteSaved'));
    } else {
      putMark(edited(mark, { name: written }));
      announce(t('marks.said.renamed', { name: written }));
    }
    onClose();
  };

  return (
    <Dialog open onClose={onClose} title={t(`marks.editor.${TITLES[mark.kind]}`)} className="mark-editor">
      <form onSubmit={save} noValidate>
        <p>
          {t('marks.editor.passage')} <span lang={mark.language}>{quoted(mark.target.exact, t)}</span>
        </p>
        {mark.kind === 'highlight' && (
          <ChoiceGroup
            legend={t('marks.editor.category')}
            name="category"
            options={HIGHLIGHT_CATEGORIES}
            value={category}
            describe={(option) => t(`marks.categories.${option}`)}
            onChange={setCategory}
          />
        )}
        {mark.kind === 'note' && (
          <div className="field">
            <label htmlFor={fieldId}>{t('marks.editor.note')}</label>
            <p className="field-hint" id={`${fieldId}-hint`}>
              {t('marks.editor.noteLimit', { max: formatDecimal(MAX_NOTE_LENGTH, language) })}
            </p>
            <textarea
              id={fieldId}
              rows={6}
              value={text}
              maxLength={MAX_NOTE_LENGTH}
              aria-describedby={empty ? `${fieldId}-hint ${fieldId}-error` : `${fieldId}-hint`}
              aria-invalid={empty || undefined}
              onChange={(event) => setText(event.target.value)}
            />
          </div>
        )}
        {mark.kind === 'bookmark' && (
          <div className="field">
            <label htmlFor={fieldId}>{t('marks.editor.name')}</label>
            <input
              id={fieldId}
              type="text"
              value={text}
              maxLength={MAX_NAME_LENGTH}
              aria-describedby={empty ? `${fieldId}-error` : undefined}
              aria-invalid={empty || undefined}
              onChange={(event) => setText(event.target.value)}
            />
          </div>
        )}
        {empty && (
          <p className="field-error" id={`${fieldId}-error`} role="alert">
            {t('marks.editor.empty')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit">{t('marks.editor.save')}</button>
          <button type="button" onClick={onClose}>
            {t('marks.editor.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
