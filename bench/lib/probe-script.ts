/** page/probe.ts as an init script: transpiled by TypeScript itself (no helpers), its type exports dropped. */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { PROBE_SOURCE } from './paths';

let cached: string | undefined;

export function probeScript(): string {
  cached ??= ts
    .transpileModule(readFileSync(PROBE_SOURCE, 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
    })
    .outputText.replace(/^export \{\};?\s*$/m, '');
  return cached;
}
