import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  type ComponentProps,
  type ComponentType,
  type ReactNode,
} from 'react';
import { DIALOGS, type DialogName } from '../../dialogs';

/** What a dialog is opened with: its props, less `onClose`, which the host supplies. */
export type DialogOpenProps<N extends DialogName> = Omit<ComponentProps<(typeof DIALOGS)[N]>, 'onClose'>;

interface OpenDialog {
  name: DialogName;
  props: object;
  /**
   * New on every opening. A dialog closed and reopened before React renders in between (Escape, then Ctrl+, at
   * once) must mount afresh: kept under the same key it would keep its already closed native <dialog>.
   */
  opening: number;
}

let openings = 0;

export interface Dialogs {
  /** Opens a dialog; `alone` closes every other first (the accessibility report audits a page with none open). */
  open: <N extends DialogName>(name: N, props: DialogOpenProps<N>, options?: { alone?: boolean }) => void;
  close: (name: DialogName) => void;
  /** Closes every dialog but `except` (a kiosk's reset between readers). */
  closeAll: (options?: { except?: DialogName }) => void;
}

const DialogsContext = createContext<Dialogs | null>(null);

export function useDialogs(): Dialogs {
  const dialogs = useContext(DialogsContext);
  if (!dialogs) throw new Error('useDialogs outside DialogHost');
  return dialogs;
}

/** Holds which dialogs are open and mounts them, in the order they opened, after the page. */
export function DialogHost({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<readonly OpenDialog[]>([]);
  const close = useCallback(
    (name: DialogName) => setOpen((current) => current.filter((dialog) => dialog.name !== name)),
    [],
  );

  const dialogs = useMemo<Dialogs>(
    () => ({
      open: (name, props, options) => {
        const fresh = ++openings;
        setOpen((current) => {
          // Opened again while open: the same dialog, with the new props, keeping its state and focus.
          const opening = current.find((dialog) => dialog.name === name)?.opening ?? fresh;
          return [
            ...(options?.alone ? [] : current.filter((dialog) => dialog.name !== name)),
            { name, props, opening },
          ];
        });
      },
      close,
      closeAll: (options) => setOpen((current) => current.filter((dialog) => dialog.name === options?.except)),
    }),
    [close],
  );

  return (
    <DialogsContext.Provider value={dialogs}>
      {children}
      {open.map(({ name, props, opening }) => {
        const Component = DIALOGS[name] as ComponentType<{ onClose: () => void }>;
        // Closes this opening only: a late close event of an earlier one must not take a newer one away.
        const closeThis = () => setOpen((current) => current.filter((dialog) => dialog.opening !== opening));
        return <Component key={opening} {...props} onClose={closeThis} />;
      })}
    </DialogsContext.Provider>
  );
}
