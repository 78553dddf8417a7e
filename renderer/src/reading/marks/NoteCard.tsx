/**
 * A note in the text, right after the paragraph (or list item) that holds its passage, shown when the reader
 * reaches the passage (next and previous mark, the list, or a click on it): read, read aloud, edit or delete it
 * without leaving the place being read, which keeps focus. It takes room of its own (`note-room.ts`), so at any
 * text size it covers neither the passage nor the text after it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../common/marks';
import { useAnnounce } from '../../shared/Announcer';
import { useDialogs } from '../../shared/dialogs/DialogHost';
import { loadSpeechEngine, speechSupported } from '../../speech/speech-reader';
import { blockOf } from '../find/find-in-page';
import { deleteMark } from './marks-store';
import { quoted } from './mark-text';
import { makeRoomBelow } from './note-room';
import { rangeOf } from './page-text';

/** Reads a note's own text aloud with the reader's voice and speed. */
export function readNoteAloud(element: Element | null): void {
  if (!element || !speechSupported) return;
  // All of it, from its first sentence, wherever the reader had chosen to start reading the page.
  void loadSpeechEngine().then((engine) => engine.reader.play(engine.fromChosenPlace(element).sentences));
}

export function NoteCard({ note, onClose }: { note: Note; onClose: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const dialogs = useDialogs();
  const titleId = useId();
  const text = useRef<HTMLParagraphElement>(null);
  const card = useRef<HTMLElement>(null);
  const [block, setBlock] = useState<HTMLElement | null>(null);

  const { target } = note;
  useEffect(() => {
    let current = true;
    void rangeOf(target).then((range) => current && setBlock(range && blockOf(range)));
    return () => {
      current = false;
    };
  }, [target]);
  useEffect(() => (block && card.current ? makeRoomBelow(block, card.current) : undefined), [block]);

  // Drawn over the page (not inside the document's text), placed by `makeRoomBelow` once its passage is found.
  return createPortal(
    <aside className="note-card" ref={card} aria-labelledby={titleId} hidden={block === null}>
      <h2 id={titleId}>{t('marks.kinds.note')}</h2>
      <p className="note-card-passage" lang={note.language}>
        {quoted(note.target.exact, t)}
      </p>
      <p className="note-card-text" ref={text}>
        {note.text}
      </p>
      <div className="note-card-actions">
        {speechSupported && (
          <button type="button" onClick={() => readNoteAloud(text.current)}>
            {t('marks.panel.readAloud')}
          </button>
        )}
        <button type="button" onClick={() => dialogs.open('markEditor', { mark: note, isNew: false })}>
          {t('marks.panel.edit')}
        </button>
        <button
          type="button"
          onClick={() => {
            deleteMark(note.id);
            announce(t('marks.said.deleted', { kind: t('marks.kinds.note') }));
            onClose();
          }}
        >
          {t('marks.panel.delete')}
        </button>
        <button type="button" onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
    </aside>,
    document.body,
  );
}
