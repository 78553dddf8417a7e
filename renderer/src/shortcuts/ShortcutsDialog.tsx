import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '../../../common/shortcuts';
import { Dialog } from '../shared/dialogs/Dialog';
import type { DialogProps } from '../shared/dialogs/lazy-dialog';
import { useKeyNames } from './key-names';

function Keys({ keys }: { keys: string[] }) {
  return keys.map((key, index) => (
    <span key={key}>
      {index > 0 && ' + '}
      <kbd>{key}</kbd>
    </span>
  ));
}

/** Every keyboard shortcut, from the same registry that handles them, in the reader's language. */
export function ShortcutsDialog({ onClose }: DialogProps) {
  const { t } = useTranslation();
  const keyNames = useKeyNames();
  const basics = [
    { keys: ['Tab'], action: t('shortcuts.basics.tab') },
    { keys: ['Escape'], action: t('shortcuts.basics.escape') },
    { keys: ['Enter'], action: t('shortcuts.basics.enter') },
  ];
  return (
    <Dialog open onClose={onClose} title={t('shortcuts.title')} className="shortcuts-dialog">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keysHeading')}</th>
            <th scope="col">{t('shortcuts.actionHeading')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.command}>
              <td>
                <Keys keys={keyNames(shortcut.accelerator)} />
              </td>
              <td>{t(`shortcuts.commands.${shortcut.command}`)}</td>
            </tr>
          ))}
          {basics.map((basic) => (
            <tr key={basic.action}>
              <td>
                <Keys keys={basic.keys.flatMap(keyNames)} />
              </td>
              <td>{basic.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
