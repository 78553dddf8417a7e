import { useCallback, useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogLiveRegion } from '../Announcer';
import { measureSticky, useStickyWhileSmall } from '../useStickyWhileSmall';
import { focusWithoutTabStop } from '../focus-without-tab-stop';

/**
 * A modal dialog on the browser's own <dialog>: focus stays inside, Escape closes it, the page behind is inert.
 * When it closes, focus goes back to whatever opened it.
 *
 * A dialog takes focus itself as it opens (as the HTML dialog does when marked `autofocus`), so that a screen
 * reader starts it with its name (NVDA, JAWS and VoiceOver with its role; Orca then reads its text); Tab then
 * goes to its first control.
 * Focus on its first control instead is not enough for Orca: the command that opened the dialog has left the
 * accessibility tree by then (the page behind a modal dialog is inert), and Orca, finding its place in the page
 * gone, moves to the new focus without a word. An alert dialog keeps the browser's choice, its first action: it
 * asks a question, and its answer is what the reader needs under their hand.
 */
export function Dialog({
  open,
  onClose,
  title,
  className,
  role,
  describedBy,
  hideClose = false,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  className?: string;
  /** `alertdialog` for a question that needs an answer before going on. */
  role?: 'alertdialog';
  /** The id of the element whose text screen readers read out with the title. */
  describedBy?: string;
  /** For dialogs whose own actions say how to leave them. */
  hideClose?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const header = useRef<HTMLDivElement>(null);
  const publishHeader = useCallback((sticky: boolean, height: number) => {
    const element = dialog.current;
    if (!element) return;
    element.dataset.header = sticky ? 'sticky' : 'static';
    element.style.setProperty('--dialog-header-height', `${height}px`);
  }, []);
  useStickyWhileSmall(header, publishHeader);
  // Told once per opening, and at once: the close event comes a task later, after a quick reader may have
  // asked for the dialog again, and would then take the new one away.
  const told = useRef(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement;
      told.current = false;
      element.showModal();
      if (role !== 'alertdialog') element.focus();
      // Measured now it was hidden: right from the first frame, not from the resize observer's.
      if (header.current) {
        const { sticky, height } = measureSticky(header.current);
        publishHeader(sticky, height);
      }
    } else if (!open && element.open) {
      element.close();
    }
  }, [open, publishHeader, role]);

  // Taken off the page while open (its owner stopped rendering it): focus would fall to the page itself.
  useEffect(
    () => () => {
      const previous = opener.current;
      if (previous instanceof HTMLElement && (document.activeElement === document.body || !document.activeElement))
        focusWithoutTabStop(previous);
    },
    [],
  );

  const closed = () => {
    if (told.current) return;
    told.current = true;
    if (opener.current instanceof HTMLElement) focusWithoutTabStop(opener.current);
    onClose();
  };
  const close = () => {
    dialog.current?.close();
    closed();
  };

  return (
    <dialog
      ref={dialog}
      className={`dialog ${className ?? ''}`}
      role={role}
      tabIndex={role === 'alertdialog' ? undefined : -1}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={closed}
      onClose={closed}
    >
      <div ref={header} className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        {!hideClose && (
          <button type="button" onClick={close}>
            {t('dialog.close')}
          </button>
        )}
      </div>
      {open && <div className="dialog-body">{children}</div>}
      {open && <DialogLiveRegion />}
    </dialog>
  );
}
