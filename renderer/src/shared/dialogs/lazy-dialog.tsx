import { lazy, Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useAnnounce } from '../Announcer';

/** What every dialog is given: how to close it. The host mounts a dialog only while it is open. */
export interface DialogProps {
  onClose: () => void;
}

type FailedMessage = (t: TFunction) => string;

/** Says the dialog's code could not be loaded, and closes it; opening it again tries the load again. */
function LoadFailed({ onClose, message }: DialogProps & { message: FailedMessage }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  useEffect(() => {
    announce(message(t));
    onClose();
  }, [announce, message, onClose, t]);
  return null;
}

/**
 * A dialog whose code loads the first time it opens, so it does not weigh on start-up. A failed load (the
 * network or the disk gave up) is announced and the dialog closes; the next open tries again.
 */
export function lazyDialog<P extends DialogProps>(
  load: () => Promise<ComponentType<P>>,
  failedMessage: FailedMessage = (t) => t('dialog.loadFailed'),
): ComponentType<P> {
  const Failed: ComponentType<P> = (props: P) => <LoadFailed onClose={props.onClose} message={failedMessage} />;
  const attempt = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          console.error(error);
          current = attempt();
          return { default: Failed };
        },
      ),
    );
  let current = attempt();

  return function LazyDialog(props: P) {
    // One load attempt per opening: a failure swaps in a fresh attempt for the next one, not this one.
    const [Loaded] = useState(() => current);
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}
