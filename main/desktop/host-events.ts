/** Main → page messages: menu commands and the system's high-contrast setting (see `HostEvent`). */
import { nativeTheme, type WebContents } from 'electron';
import { IPC_CHANNELS, type HostEvent } from '../../common/bridge';

export function sendHostEvent(contents: WebContents | undefined, event: HostEvent): void {
  if (contents && !contents.isDestroyed()) contents.send(IPC_CHANNELS.hostEvent, event);
}

/** The OS high-contrast setting (forced colours on Windows). */
export function systemHighContrast(): boolean {
  // Windows reports its contrast themes as forced colours; macOS as "increase contrast".
  return nativeTheme.shouldUseHighContrastColors || (process.platform === 'win32' && nativeTheme.inForcedColorsMode);
}

/** Reports the setting whenever the OS changes it; call the returned function to report it now (page load). */
export function reportSystemContrast(contents: () => WebContents | undefined): () => void {
  const report = () => sendHostEvent(contents(), { type: 'systemContrast', highContrast: systemHighContrast() });
  nativeTheme.on('updated', report);
  return report;
}
