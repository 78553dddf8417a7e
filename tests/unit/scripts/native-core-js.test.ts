import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { coreJsFeature, nativeModuleSource } from '../../../scripts/native-core-js';

const require = createRequire(import.meta.url);
const NODE_MODULES = resolve(import.meta.dirname, '../../../node_modules');
const IMPORT = /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every core-js feature the annotator's code reaches, through Babel's helpers and runtime as well. */
function coreJsFeaturesReached(): Set<string> {
  const features = new Set<string>();
  const seen = new Set<string>();
  const queue = ['dom', 'selector'].flatMap((name) => filesUnder(join(NODE_MODULES, '@apache-annotator', name, 'lib')));
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      const feature = coreJsFeature(specifier);
      if (feature !== undefined) features.add(feature);
      else if (
        specifier.startsWith('@babel/runtime-corejs3/') ||
        (specifier.startsWith('.') && file.includes('@babel'))
      )
        queue.push(createRequire(file).resolve(specifier));
    }
  }
  return features;
}

/** What the stand-in's module exports, run as CommonJS. */
function standIn(feature: string): unknown {
  const source = nativeModuleSource(feature);
  if (source === undefined) throw new Error(`no stand-in for ${feature}`);
  const module: { exports: unknown } = { exports: {} };
  // In this realm, so that what it gives can be compared with this realm's built-ins.
  const run = runInThisContext(`(function (module) {\n${source}\n})`) as (module: { exports: unknown }) => void;
  run(module);
  return module.exports;
}

/** core-js-pure's own module for the feature. */
function coreJs(feature: string): unknown {
  return require(`core-js-pure/features/${feature}`) as unknown;
}

/** Babel's use of an instance method: `_slice(value).call(value, …)`. */
type InstanceLookUp = (it: unknown) => (this: unknown, ...args: unknown[]) => unknown;

/** A call of each instance method the annotator uses, on a value of the kind it is called on. */
const INSTANCE_CALLS: Record<string, { value: () => unknown; args: unknown[] }> = {
  slice: { value: () => [1, 2, 3], args: [1] },
  concat: { value: () => [1], args: [[2, 3]] },
  'starts-with': { value: () => 'selector', args: ['sel'] },
  reduce: { value: () => [1, 2, 3], args: [(sum: number, item: number) => sum + item, 0] },
  map: { value: () => [1, 2], args: [(item: number) => item * 2] },
  'flat-map': { value: () => [1, 2], args: [(item: number) => [item, item]] },
  filter: { value: () => [0, 1, 2], args: [Boolean] },
  push: { value: () => [1], args: [2] },
  unshift: { value: () => [2], args: [1] },
  reverse: { value: () => [1, 2, 3], args: [] },
  'index-of': { value: () => [1, 2, 3], args: [2] },
  bind: { value: () => (a: number, b: number) => a + b, args: [null, 1] },
};

describe('the annotator on the platform’s own built-ins', () => {
  const features = [...coreJsFeaturesReached()].sort();

  it('finds the core-js modules the annotator and Babel’s helpers import', () => {
    expect(features).toEqual(expect.arrayContaining(['instance/slice', 'symbol', 'symbol/async-iterator', 'promise']));
  });

  it('has a built-in for every one of them, so that the build goes through', () => {
    expect(features.filter((feature) => nativeModuleSource(feature) === undefined)).toEqual([]);
  });

  it('gives each instance method the same result as core-js does', () => {
    for (const feature of features.filter((name) => name.startsWith('instance/'))) {
      const method = feature.slice('instance/'.length);
      const call = INSTANCE_CALLS[method];
      if (call === undefined) throw new Error(`no sample call for ${feature}: add one`);
      const run = (lookUp: unknown) => {
        const value = call.value();
        const result = (lookUp as InstanceLookUp)(value).call(value, ...call.args);
        // `bind` gives a function: what it gives when called.
        return typeof result === 'function' ? (result as (...args: unknown[]) => unknown)(2) : [result, value];
      };
      expect(run(standIn(feature)), feature).toEqual(run(coreJs(feature)));
    }
  });

  it('stands in for every other feature with the built-in of the same name', () => {
    const expected: Record<string, unknown> = {
      symbol: Symbol,
      promise: Promise,
      map: Map,
      'symbol/iterator': Symbol.iterator,
      'symbol/async-iterator': Symbol.asyncIterator,
      'symbol/to-primitive': Symbol.toPrimitive,
      'array/from': Array.from,
      'array/is-array': Array.isArray,
      'object/keys': Object.keys,
      'object/create': Object.create,
      'object/define-property': Object.defineProperty,
      'object/get-prototype-of': Object.getPrototypeOf,
      'object/set-prototype-of': Object.setPrototypeOf,
      'reflect/construct': Reflect.construct,
    };
    for (const feature of features.filter(
      (name) => !name.startsWith('instance/') && !name.startsWith('get-iterator'),
    )) {
      expect(feature in expected, `${feature} is checked here`).toBe(true);
      expect(standIn(feature), feature).toBe(expected[feature]);
    }
  });

  it('walks iterables as core-js does', () => {
    const getIteratorMethod = standIn('get-iterator-method') as (it: unknown) => unknown;
    const getIterator = standIn('get-iterator') as (it: unknown) => Iterator<unknown>;
    const coreGetIterator = coreJs('get-iterator') as (it: unknown) => Iterator<unknown>;
    const items = new Set(['a', 'b']);
    expect(getIteratorMethod(items)).toBe(items[Symbol.iterator]);
    expect(getIteratorMethod(null)).toBeUndefined();
    expect(getIterator(items).next()).toEqual(coreGetIterator(items).next());
  });

  it('stops the build on a core-js module it has no built-in for', () => {
    expect(nativeModuleSource('aggregate-error')).toBeUndefined();
    expect(nativeModuleSource('object/not-a-method')).toBeUndefined();
    expect(nativeModuleSource('symbol/not-well-known')).toBeUndefined();
  });

  it('reads the module names Babel’s runtime and core-js-pure use', () => {
    expect(coreJsFeature('core-js-pure/features/instance/flat-map.js')).toBe('instance/flat-map');
    expect(coreJsFeature('@babel/runtime-corejs3/core-js/instance/slice')).toBe('instance/slice');
    expect(coreJsFeature('core-js-pure/features/symbol/index.js')).toBe('symbol');
    expect(coreJsFeature('@babel/runtime-corejs3/helpers/esm/createClass')).toBeUndefined();
  });
});
