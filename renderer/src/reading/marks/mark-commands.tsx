/**
 * The marks' commands as the first screen knows them: their names, and their row of the Tools panel. What they
 * do loads with the marks (MarksLayer.tsx); the buttons and keys only name the command.
 */
import { useTranslation } from 'react-i18next';
import type { MARK_COMMANDS } from '../../../../common/shortcuts';

export type MarkCommand = (typeof MARK_COMMANDS)[number];

/**
 * Bookmark, Highlight, Note and the list of all marks: one row of the Tools panel, so that every command of the
 * panel stays three arrow keys or fewer from the Tools button.
 */
export function MarkCommands({ run }: { run: (command: MarkCommand) => void }) {
  const { t } = useTranslation();
  // A click on a button keeps the text selected in the document: Highlight and Note take it from there.
  return (
    <div className="tools-row" role="group" aria-label={t('marksTools.group')}>
      <button type="button" onClick={() => run('addBookmark')}>
        {t('marksTools.bookmark')}
      </button>
      <button type="button" onClick={() => run('highlightSelection')}>
        {t('marksTools.highlight')}
      </button>
      <button type="button" onClick={() => run('addNote')}>
        {t('marksTools.note')}
      </button>
      <button type="button" onClick={() => run('showMarks')}>
        {t('marksTools.list')}
      </button>
    </div>
  );
}
