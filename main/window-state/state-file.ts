/**
 * The window's size and position between runs, in a small JSON file beside the preferences. Anything missing,
 * unreadable or out of shape is simply ignored (the window opens at its default place); writes are atomic.
 */
import { readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as v from 'valibot';
import writeFileAtomic from 'write-file-atomic';

export const WINDOW_STATE_FILE_NAME = 'window-state.json';

/** Screen coordinates can be negative (a display left of or above the primary one), sizes cannot. */
const Coordinate = v.pipe(v.number(), v.integer(), v.minValue(-100_000), v.maxValue(100_000));
const Length = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000));

export const WindowStateSchema = v.strictObject({
  bounds: v.strictObject({ x: Coordinate, y: Coordinate, width: Length, height: Length }),
  maximized: v.boolean(),
});

export type WindowState = v.InferOutput<typeof WindowStateSchema>;

function parseWindowState(value: unknown): WindowState | undefined {
  const result = v.safeParse(WindowStateSchema, value);
  return result.success ? result.output : undefined;
}

export async function readWindowState(path: string): Promise<WindowState | undefined> {
  try {
    return parseWindowState(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return undefined;
  }
}

/**
 * Synchronous on purpose: it also runs as the window closes, and the app may quit right after, before an
 * asynchronous write would have finished.
 */
export function writeWindowState(path: string, state: WindowState): void {
  const valid = parseWindowState(state);
  if (valid === undefined) throw new TypeError('Refusing to save a window state that fails the schema');
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic.sync(path, `${JSON.stringify(valid, null, 2)}\n`, { encoding: 'utf8' });
}
