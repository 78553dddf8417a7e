/** The browser build served as `npm run web` serves it (scripts/serve-web.mjs), on a free port, in a child process. */
import { spawn, type ChildProcess } from 'node:child_process';
import { PROJECT_ROOT } from './paths';
import { freePort } from '../../scripts/free-port.mjs';

interface WebServer {
  url: string;
  stop(): Promise<void>;
}

/** @param webOut another build's folder (LISIBLE_WEB_OUT, relative to the project) instead of out/web */
export async function startWebServer(webOut?: string): Promise<WebServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve-web.mjs', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: webOut === undefined ? process.env : { ...process.env, LISIBLE_WEB_OUT: webOut },
  });
  let output = '';
  await new Promise<void>((resolveStarted, reject) => {
    const timer = setTimeout(() => reject(new Error(`the web server did not start within 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('being served at')) {
        clearTimeout(timer);
        resolveStarted();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the web server exited (${code ?? 'signal'}):\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise<void>((resolveStopped) => {
        if (child.exitCode !== null) {
          resolveStopped();
          return;
        }
        child.once('exit', () => resolveStopped());
        child.kill('SIGTERM');
      }),
  };
}
