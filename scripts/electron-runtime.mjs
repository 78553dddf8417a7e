// Finds the Electron runtime without triggering its download: requiring the `electron` package fetches the
// binary from the internet the first time, which hangs or fails on an offline machine.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * @returns {{ available: true, path: string } | { available: false, reason: string }}
 */
export function findElectronRuntime() {
  const require = createRequire(import.meta.url);
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { available: false, reason: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const binary = existsSync(pathFile) ? join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : undefined;
  if (binary && existsSync(binary)) return { available: true, path: binary };
  return {
    available: false,
    reason: 'its runtime is not downloaded, and this machine could not fetch it',
  };
}
