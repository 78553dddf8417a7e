/**
 * What the initial JavaScript is made of: the web build run again in memory (write: false, same config), each
 * module of the chunks index.html loads (and of the reader it starts) attributed to its package or app folder. Sizes are the modules'
 * rendered lengths before minification, so read them as shares.
 */
import { relative } from 'node:path';
import { build, type Rolldown } from 'vite';
import { PROJECT_ROOT } from './lib/paths';

export interface CompositionGroup {
  group: string;
  bytes: number;
  share: number;
}

function groupOf(id: string): string {
  const packagePath = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (packagePath?.[1]) return packagePath[1];
  if (id.startsWith('\0')) return 'bundler runtime';
  const path = relative(PROJECT_ROOT, id);
  if (path.startsWith('common/locales')) return 'renderer: strings (JSON)';
  if (path.startsWith('renderer/') && path.endsWith('.css')) return 'renderer: styles';
  if (path.startsWith('renderer/')) return 'renderer: code';
  return path.split('/')[0] ?? path;
}

export async function initialComposition(): Promise<CompositionGroup[]> {
  const result = await build({
    configFile: 'vite.web.config.ts',
    configLoader: 'runner',
    logLevel: 'silent',
    build: { write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((item) => ('output' in item ? item.output : []));
  const chunks = new Map(
    outputs
      .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  );
  const initial = new Set<string>();
  // The entries, and the reader itself, which the entry imports dynamically, yet always, at start-up.
  const queue = [...chunks.values()]
    .filter((chunk) => chunk.isEntry || chunk.facadeModuleId?.endsWith('/renderer/src/start.tsx'))
    .map((chunk) => chunk.fileName);
  while (queue.length > 0) {
    const name = queue.shift() ?? '';
    if (initial.has(name)) continue;
    initial.add(name);
    queue.push(...(chunks.get(name)?.imports ?? []));
  }
  const groups = new Map<string, number>();
  for (const name of initial) {
    for (const [id, module] of Object.entries(chunks.get(name)?.modules ?? {})) {
      groups.set(groupOf(id), (groups.get(groupOf(id)) ?? 0) + module.renderedLength);
    }
  }
  const total = [...groups.values()].reduce((sum, bytes) => sum + bytes, 0);
  return [...groups]
    .map(([group, bytes]) => ({ group, bytes, share: Math.round((bytes / total) * 1000) / 10 }))
    .sort((a, b) => b.bytes - a.bytes);
}
