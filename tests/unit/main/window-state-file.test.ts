import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  WINDOW_STATE_FILE_NAME,
  readWindowState,
  writeWindowState,
  type WindowState,
} from '../../../main/window-state/state-file';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lisible-window-state-'));
  file = join(dir, WINDOW_STATE_FILE_NAME);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const STATE: WindowState = { bounds: { x: -1800, y: 40, width: 1100, height: 800 }, maximized: true };

describe('the window state file', () => {
  it('reads back what was written', async () => {
    writeWindowState(file, STATE);
    await expect(readWindowState(file)).resolves.toEqual(STATE);
    expect(await readdir(dir)).toEqual([WINDOW_STATE_FILE_NAME]);
  });

  it('creates the user-data folder if it is not there yet', async () => {
    const nested = join(dir, 'Lisible', WINDOW_STATE_FILE_NAME);
    writeWindowState(nested, STATE);
    await expect(readWindowState(nested)).resolves.toEqual(STATE);
  });

  it('is undefined when there is no file', async () => {
    await expect(readWindowState(file)).resolves.toBeUndefined();
  });

  it.each([
    ['not JSON', '{ "bounds": '],
    ['a fraction', '{ "bounds": { "x": 0.5, "y": 0, "width": 800, "height": 600 }, "maximized": false }'],
    ['a zero width', '{ "bounds": { "x": 0, "y": 0, "width": 0, "height": 600 }, "maximized": false }'],
    ['an absurd position', '{ "bounds": { "x": 1e9, "y": 0, "width": 800, "height": 600 }, "maximized": false }'],
    ['a string', '{ "bounds": { "x": "0", "y": 0, "width": 800, "height": 600 }, "maximized": false }'],
    [
      'an extra key',
      '{ "bounds": { "x": 0, "y": 0, "width": 800, "height": 600 }, "maximized": false, "fullScreen": true }',
    ],
    ['no maximized flag', '{ "bounds": { "x": 0, "y": 0, "width": 800, "height": 600 } }'],
    ['an array', '[0, 0, 800, 600]'],
  ])('ignores a file with %s', async (_case, text) => {
    await writeFile(file, text);
    await expect(readWindowState(file)).resolves.toBeUndefined();
  });

  it('refuses to write a state that fails the schema, leaving the old file', async () => {
    writeWindowState(file, STATE);
    expect(() => writeWindowState(file, { bounds: { x: 0, y: 0, width: -1, height: 600 }, maximized: false })).toThrow(
      TypeError,
    );
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(STATE);
  });
});
