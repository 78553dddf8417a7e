/**
 * The reader's marks on the document shown: loaded with the first screen's idle time, not with its script. It
 * paints highlights and notes in the text, keeps the list of those that cannot be placed, shows a note beside the
 * text when the reader reaches it, and carries out the marks' commands (keys, menu and Tools panel alike).
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../common/languages';
import type { Mark, MarkTarget } from '../../../../common/marks';
import type { Position } from '../../../../common/positions';
import { useAnnounce } from '../../shared/Announcer';
import { useDialogs } from '../../shared/dialogs/DialogHost';
import { currentPosition, elementAt, positionOf, sectionTitle } from '../place/position-in-page';
import { blockOf } from '../find/find-in-page';
import type { MarkCommand } from './mark-commands';
import { loadMarks, putMark, setUnplaced, useMarksShown, useSavedMarks } from './marks-store';
import { isInDocument, openingWords, rangeOf, targetOf } from './page-text';
import { paintMarks, type PlacedMark } from './paint';
import { NoteCard } from './NoteCard';
import { markSummary, newMarkId } from './mark-text';
import './strings';
import './marks.css';

export type MarkCommandHandlers = Record<MarkCommand, () => void>;

/** The passage the reader chose: the selection in the document, else the paragraph (or heading) being read. */
function chosenPassage(): Range | null {
  const selection = window.getSelection();
  if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
    const range = selection.getRangeAt(0);
    if (isInDocument(range)) return range;
  }
  const block = readingBlock();
  if (!block) return null;
  const range = document.createRange();
  range.selectNodeContents(block);
  return range;
}

/** The paragraph, list item or heading the reader is at: the one with focus in the text, else the top one. */
function readingBlock(): HTMLElement | null {
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused.closest('main article')) {
    const range = document.createRange();
    range.selectNodeContents(focused);
    const block = blockOf(range);
    if (block) return block;
  }
  return elementAt(currentPosition());
}

export function MarksLayer({
  documentId,
  language,
  documentKey,
  commandsRef,
  waitingRef,
  goTo,
}: {
  documentId: string;
  /** The language of the version shown (the document's, which may differ from the interface's). */
  language: Language;
  documentKey: string;
  /** Filled with the commands once the marks are here; App runs them from keys, menu and buttons. */
  commandsRef: RefObject<MarkCommandHandlers | undefined>;
  /** Commands asked for before the marks were here, run as soon as they are. */
  waitingRef: RefObject<MarkCommand[]>;
  /** Takes the reader to a place of this document, as a jump (Back returns from it). */
  goTo: (position: Position) => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const dialogs = useDialogs();
  const saved = useSavedMarks();
  const shown = useMarksShown();
  const [openNote, setOpenNote] = useState<string | undefined>(undefined);
  // The marks of this document, placed in reading order once painted: what next and previous move through.
  const placed = useRef<PlacedMark[]>([]);
  const lastVisited = useRef<string | undefined>(undefined);
  const painting = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    void loadMarks().then((loaded) => {
      if (loaded.recovered) announce(t('marks.said.recovered'));
      else if (loaded.problem) announce(t('marks.said.lost'));
    });
    // Told once, with the first reading.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const mine = saved.marks.filter((mark) => mark.documentId === documentId && mark.language === language);
  const describe = useCallback(
    (mark: Mark) =>
      mark.kind === 'highlight'
        ? t('marks.inText.highlight', { category: t(`marks.categories.${mark.category}`) })
        : t('marks.inText.note'),
    [t],
  );

  // Placing and painting: again whenever the marks, the document or the language change.
  const signature = JSON.stringify(mine);
  useEffect(() => {
    const run = new AbortController();
    const stopped = () => run.signal.aborted;
    let unpaint: (() => void) | undefined;
    // One painting at a time: the next waits until the last is on the page (and can be taken off it).
    painting.current = painting.current
      .then(async () => {
        if (stopped()) return;
        const found: PlacedMark[] = [];
        const unplaced = new Set<string>();
        for (const mark of JSON.parse(signature) as Mark[]) {
          const range = await rangeOf(mark.target);
          if (range) found.push({ mark, range });
          else unplaced.add(mark.id);
        }
        if (stopped()) return;
        found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
        setUnplaced(unplaced);
        const remove = shown ? await paintMarks(found, describe) : undefined;
        if (stopped()) {
          remove?.();
          return;
        }
        unpaint = remove;
        // Painting splits text nodes: the ranges are found again over the painted text.
        const painted: PlacedMark[] = [];
        for (const { mark } of found) {
          const range = await rangeOf(mark.target);
          if (range) painted.push({ mark, range });
        }
        placed.current = painted;
      })
      .catch((error: unknown) => console.error('Could not show the marks', error));
    return () => {
      run.abort();
      unpaint?.();
    };
  }, [signature, documentKey, shown, describe]);

  const visit = useCallback(
    (mark: Mark, index?: number, count?: number) => {
      void rangeOf(mark.target).then((range) => {
        const block = range && blockOf(range);
        if (!block) {
          announce(t('marks.said.notPlaced'));
          return;
        }
        lastVisited.current = mark.id;
        goTo(positionOf(block));
        setOpenNote(mark.kind === 'note' ? mark.id : undefined);
        const kind = t(`marks.kinds.${mark.kind}`);
        announce(
          index === undefined || count === undefined
            ? t('marks.said.visited', { kind, text: markSummary(mark, t) })
            : t('marks.said.movedTo', { kind, index: index + 1, count, text: markSummary(mark, t) }),
        );
      });
    },
    [announce, goTo, t],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      const marks = placed.current;
      if (marks.length === 0) {
        announce(t('marks.said.noMarks'));
        return;
      }
      const from = readingBlock();
      const last = marks.findIndex(({ mark }) => mark.id === lastVisited.current);
      const lastRange = marks[last]?.range;
      let index: number;
      if (lastRange && from && from === blockOf(lastRange)) index = last + direction;
      else {
        // The first mark at or after the place being read, or the last one before it.
        const here = document.createRange();
        if (from) here.setStartBefore(from);
        const after = marks.findIndex(({ range }) => range.compareBoundaryPoints(Range.START_TO_START, here) >= 0);
        index = direction === 1 ? (after === -1 ? marks.length : after) : (after === -1 ? marks.length : after) - 1;
      }
      const target = marks[index];
      if (!target) {
        announce(t(direction === 1 ? 'marks.said.noneAfter' : 'marks.said.noneBefore'));
        return;
      }
      visit(target.mark, index, marks.length);
    },
    [announce, t, visit],
  );

  /** A new mark on a passage: null (and the reader told) when there is none to mark. */
  const newTarget = useCallback(
    async (range: Range | null): Promise<MarkTarget | null> => {
      const target = range && (await targetOf(range));
      if (target === 'too long') announce(t('marks.said.tooLong', { max: 4000 }));
      return target === 'too long' ? null : target;
    },
    [announce, t],
  );

  const addBookmark = useCallback(async () => {
    const position = currentPosition();
    const block = readingBlock() ?? elementAt(position);
    const target = await newTarget(block && openingWords(block));
    if (!target || !block) return;
    const section = sectionTitle(positionOf(block)) ?? document.querySelector('main h1')?.textContent ?? '';
    const words = target.exact.length < block.textContent.trim().length ? `${target.exact}…` : target.exact;
    const name = block.matches('[data-section-id]') ? section : t('marks.bookmarkName', { section, words });
    putMark({
      kind: 'bookmark',
      id: newMarkId(),
      documentId,
      language,
      created: new Date().toISOString(),
      target,
      name: name.slice(0, 200),
    });
    announce(t('marks.said.bookmarkAdded', { name }));
  }, [announce, documentId, language, newTarget, t]);

  const markPassage = useCallback(
    async (kind: 'highlight' | 'note') => {
      const target = await newTarget(chosenPassage());
      if (!target) return;
      const base = { id: newMarkId(), documentId, language, created: new Date().toISOString(), target };
      dialogs.open('markEditor', {
        mark: kind === 'highlight' ? { ...base, kind, category: 'important' } : { ...base, kind, text: '' },
        isNew: true,
      });
    },
    [dialogs, documentId, language, newTarget],
  );

  useEffect(() => {
    commandsRef.current = {
      addBookmark: () => void addBookmark(),
      highlightSelection: () => void markPassage('highlight'),
      addNote: () => void markPassage('note'),
      showMarks: () => dialogs.open('marks', { documentId, language, onGoTo: visit }),
      nextMark: () => step(1),
      previousMark: () => step(-1),
    };
    const handlers = commandsRef.current;
    void loadMarks().then(() => {
      for (const command of waitingRef.current.splice(0)) handlers[command]();
    });
    return () => {
      commandsRef.current = undefined;
    };
  }, [commandsRef, waitingRef, addBookmark, markPassage, dialogs, documentId, language, visit, step]);

  // A note's passage clicked in the text shows the note beside it.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest('mark.mark-note') : null;
      if (target instanceof HTMLElement && target.dataset.markId) setOpenNote(target.dataset.markId);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);

  const note = mine.find((mark) => mark.id === openNote && mark.kind === 'note');
  return note?.kind === 'note' ? <NoteCard note={note} onClose={() => setOpenNote(undefined)} /> : null;
}
