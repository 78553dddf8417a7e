import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A modal dialog on the browser's own <dialog>: focus stays inside, Escape closes it, the page behind is inert.
 * When it closes, focus goes back to whatever opened it.
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
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  // Taken off the page while open (its owner stopped rendering it): focus would fall to the page itself.
  useEffect(
    () => () => {
      const previous = opener.current;
      if (previous instanceof HTMLElement && (document.activeElement === document.body || !document.activeElement))
        previous.focus();
    },
    [],
  );

  const closed = () => {
    if (told.current) return;
    told.current = true;
    if (opener.current instanceof HTMLElement) opener.current.focus();
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
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={closed}
      onClose={closed}
    >
      <div className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        {!hideClose && (
          <button type="button" onClick={close}>
            {t('dialog.close')}
          </button>
        )}
      </div>
      {open && <div className="dialog-body">{children}</div>}
    </dialog>
  );
}
