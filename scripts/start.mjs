// `npm start`: builds and launches the desktop app, or, where Electron's runtime cannot be had, says so in
// one line and serves the browser build instead.
import { spawnSync } from 'node:child_process';
import { findElectronRuntime } from './electron-runtime.mjs';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });

let runtime = findElectronRuntime();
if (!runtime.available && runtime.reason.includes('not downloaded')) {
  // Electron's package fetches its runtime on first use; try once, quietly, before falling back.
  spawnSync(process.execPath, ['node_modules/electron/install.js'], { stdio: 'ignore', timeout: 120_000 });
  runtime = findElectronRuntime();
}

if (runtime.available) {
  const built = run('npx', ['electron-vite', 'build']);
  if (built.status !== 0) process.exit(built.status ?? 1);
  process.exit(run(runtime.path, ['.', ...process.argv.slice(2)]).status ?? 0);
}

console.log(`Electron cannot start: ${runtime.reason}. Serving the browser build instead.`);
const built = run('npx', [
  'vite',
  'build',
  '--config',
  'vite.web.config.ts',
  '--configLoader',
  'runner',
  '--logLevel',
  'warn',
]);
if (built.status !== 0) process.exit(built.status ?? 1);
await import('./serve-web.mjs');
