import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const WEB_OUT = resolve(PROJECT_ROOT, 'out/web');
export const RESULTS_DIR = resolve(PROJECT_ROOT, 'bench/results');
export const PROBE_SOURCE = resolve(PROJECT_ROOT, 'bench/page/probe.ts');
