/**
 * The screen-reader tests' fixtures: one private desktop with Orca per worker (the tests run one at a time:
 * Orca allows one instance per user), and `openReader` to put the reader in front of it. Each test's
 * transcript is written to test-results/screen-reader/<test>.txt, passed or failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { missingScreenReader, startDesktop, type Desktop } from './desktop';
import { ReaderSession, type OpenOptions } from './reader-session';

export const TRANSCRIPTS_DIR = resolve(import.meta.dirname, '../../test-results/screen-reader');

type OpenReader = (query?: string, options?: OpenOptions) => Promise<ReaderSession>;

export const test = base.extend<{ openReader: OpenReader }, { desktop: Desktop }>({
  desktop: [
    // eslint-disable-next-line no-empty-pattern -- Playwright's fixture signature
    async ({}, use) => {
      const desktop = await startDesktop(TRANSCRIPTS_DIR);
      try {
        await use(desktop);
      } finally {
        await desktop.stop();
      }
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  openReader: async ({ desktop }, use, testInfo) => {
    const sessions: ReaderSession[] = [];
    try {
      await use(async (query, options) => {
        const session = await ReaderSession.open(desktop, query, options);
        sessions.push(session);
        return session;
      });
    } finally {
      for (const session of sessions) await session.close();
      const transcripts = sessions.map((session) => `# ${session.url}\n${session.transcript()}`);
      if (transcripts.length > 0) {
        mkdirSync(TRANSCRIPTS_DIR, { recursive: true });
        const name = testInfo.titlePath
          .slice(1)
          .join(' - ')
          .replace(/[^\p{L}\p{N}]+/gu, '-')
          .replace(/^-|-$/g, '')
          .toLowerCase();
        const header = `${testInfo.titlePath.slice(1).join(' › ')}\nstatus: ${testInfo.status ?? 'unknown'}${testInfo.error?.message ? `\nerror: ${testInfo.error.message.split('\n')[0] ?? ''}` : ''}\n`;
        writeFileSync(join(TRANSCRIPTS_DIR, `${name}.txt`), `${header}\n${transcripts.join('\n\n')}\n`);
      }
    }
  },
});

/** Skips the file's tests, saying why, where Orca or the browser build is not there. */
export function skipWithoutScreenReader(): void {
  const missing = missingScreenReader();
  test.skip(missing !== undefined, missing);
}

export { expect } from '@playwright/test';
