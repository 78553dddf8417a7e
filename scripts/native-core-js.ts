/**
 * The marks' Web Annotation selectors come from `@apache-annotator/dom` and `/selector` 0.2.0, compiled for Node 12
 * with Babel's runtime-corejs3: every `slice`, `Symbol.iterator` or `Promise` they use, and Babel's helpers too, goes
 * through a `core-js-pure` module. That is about 90 KB of polyfills for what Chromium 120 and Electron have built
 * in, in a chunk the reader loads and runs just after it starts (measured: the chunk took 80 ms to run, on two
 * cores). Here each of those modules resolves to the platform's own built-in instead. A module with no built-in
 * of its name stops the build, rather than shipping a guess. The stand-ins are CommonJS, as core-js-pure is: Babel's
 * helpers `import` them and its regenerator runtime `require`s them, and both get the built-in itself.
 */
import type { Plugin } from 'vite';

const PREFIX = '\0native-core-js:';

/** `core-js-pure/features/instance/flat-map.js`, `@babel/runtime-corejs3/core-js/instance/flat-map` → `instance/flat-map`. */
const CORE_JS_MODULE =
  /^(?:core-js-pure\/(?:features|stable|actual|full|es)|@babel\/runtime-corejs3\/core-js(?:-stable)?)\/(.+?)(?:\/index)?(?:\.js)?$/;

/** The core-js feature a module specifier names (`instance/flat-map`), if it names one. */
export function coreJsFeature(specifier: string): string | undefined {
  return CORE_JS_MODULE.exec(specifier)?.[1];
}

const camelCase = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/** The stand-in's source (CommonJS), giving the built-in; undefined when there is no such built-in. */
export function nativeModuleSource(feature: string): string | undefined {
  const [namespace = '', member, ...rest] = feature.split('/');
  if (rest.length > 0) return undefined;
  if (member === undefined) {
    switch (namespace) {
      case 'symbol':
      case 'promise':
      case 'map':
        return `module.exports = ${camelCase(`-${namespace}`)};`;
      case 'get-iterator-method':
        return 'module.exports = (it) => (it == null ? undefined : it[Symbol.iterator]);';
      case 'get-iterator':
        return 'module.exports = (it, method) => (method ?? it[Symbol.iterator]).call(it);';
      default:
        return undefined;
    }
  }
  const name = camelCase(member);
  // Babel calls these as `_slice(value).call(value, …)`: the value's own method.
  if (namespace === 'instance') return `module.exports = (it) => it.${name};`;
  if (namespace === 'symbol')
    return typeof (Symbol as unknown as Record<string, unknown>)[name] === 'symbol'
      ? `module.exports = Symbol.${name};`
      : undefined;
  const builtIns: Record<string, object> = { object: Object, array: Array, reflect: Reflect };
  const owner = builtIns[namespace];
  return owner !== undefined && typeof (owner as Record<string, unknown>)[name] === 'function'
    ? `module.exports = ${camelCase(`-${namespace}`)}.${name};`
    : undefined;
}

export function nativeCoreJs(): Plugin {
  return {
    name: 'lisible:native-core-js',
    enforce: 'pre',
    resolveId(source) {
      const feature = coreJsFeature(source);
      return feature === undefined ? null : PREFIX + feature;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const feature = id.slice(PREFIX.length);
      const source = nativeModuleSource(feature);
      if (source === undefined)
        this.error(`core-js-pure's "${feature}" has no built-in named for it in native-core-js.ts`);
      return source;
    },
  };
}
