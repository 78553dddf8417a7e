// Makes sure the end-to-end tests have a Chromium: uses one that is there, or installs Debian's where it can.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

function install() {
  if (!existsSync('/usr/bin/apt-get')) return 'no apt-get on this machine';
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const run = (...args) => {
    const [command, ...rest] = [...asRoot, ...args];
    execFileSync(command, rest, { stdio: 'inherit' });
  };
  try {
    console.log('No Chromium found: installing Debian’s chromium package…');
    run('apt-get', 'update', '-qq');
    run('apt-get', 'install', '-y', '-qq', 'chromium');
    return undefined;
  } catch {
    return asRoot.length ? 'installing needs root, and sudo -n was refused' : 'apt-get could not install chromium';
  }
}

let found = findChromium();
if (!found) {
  const problem = install();
  found = findChromium();
  if (!found) {
    console.error(
      `No Chromium for the end-to-end tests (${problem ?? 'not found after install'}). Install one with ` +
        '`sudo apt-get install chromium`, or `npx playwright install chromium`, or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
}
console.log(`End-to-end tests use ${found}`);
