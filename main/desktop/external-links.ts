/**
 * The one place the app hands an address to the operating system. The page asks through the bridge's
 * `openExternal` (after its own confirmation naming the destination); the IPC guard has already checked the
 * address, and it is checked again here so no other path can reach `shell.openExternal` with anything else.
 */
import { shell } from 'electron';
import { isAllowedExternalUrl } from '../../common/external-url';

export async function openInBrowser(url: string): Promise<void> {
  if (!isAllowedExternalUrl(url)) throw new Error('Refused: only https addresses open outside the reader');
  // The parsed form: what the check approved is exactly what the browser receives. Reviewed for Electronegativity:
  await shell.openExternal(new URL(url).href, { activate: true }); // eng-disable OPEN_EXTERNAL_JS_CHECK
}
