import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// Already installed as a dependency of @astrojs/preact (through @babel/core): no new package.
import { parse } from '@babel/parser';
import { builtPages, DIST, readPage } from '../helpers/dist';

/**
 * The browser floor (README, Choices): Chrome 79 / Android WebView 79 and iOS Safari 13.
 * Every script the site ships must parse there and call no built-in they lack unguarded.
 */

// Syntax newer than both floors, by the node type @babel/parser gives it.
const NEWER_NODES: Record<string, string> = {
  OptionalMemberExpression: 'optional chaining ?. (Chrome 80, Safari 13.1)',
  OptionalCallExpression: 'optional call ?.() (Chrome 80, Safari 13.1)',
  BigIntLiteral: 'BigInt literal (Chrome 67, Safari 14)',
  ClassProperty: 'class field (Chrome 72, Safari 14)',
  ClassPrivateProperty: 'private class field (Chrome 74, Safari 14.1)',
  ClassPrivateMethod: 'private method (Chrome 84, Safari 15)',
  ClassAccessorProperty: 'accessor field',
  StaticBlock: 'class static block (Chrome 94, Safari 16.4)',
  PrivateName: 'private name (Chrome 74, Safari 14.1)',
};
const NEWER_OPERATORS: Record<string, string> = {
  '??': 'nullish coalescing ?? (Chrome 80, Safari 13.1)',
  '??=': 'logical assignment (Chrome 85, Safari 14)',
  '||=': 'logical assignment (Chrome 85, Safari 14)',
  '&&=': 'logical assignment (Chrome 85, Safari 14)',
};
// Built-ins newer than the floor: a bundle must not call them (Intl.Segmenter only behind a check).
const NEWER_BUILTINS: [RegExp, string][] = [
  [/\bObject\.hasOwn\b/, 'Object.hasOwn (Chrome 93, Safari 15.4)'],
  [/\.at\(/, '.at() (Chrome 92, Safari 15.4)'],
  [/\bstructuredClone\b/, 'structuredClone (Chrome 98, Safari 15.4)'],
  [/\.findLast(Index)?\(/, 'findLast (Chrome 97, Safari 15.4)'],
  [/\.replaceAll\(/, 'replaceAll (Chrome 85, Safari 13.1)'],
  [/\.(toSorted|toReversed|toSpliced)\(/, 'change-array-by-copy (Chrome 110)'],
  [/\b(Object|Map)\.groupBy\b/, 'groupBy (Chrome 117)'],
  [/\bArray\.fromAsync\b/, 'Array.fromAsync (Chrome 121)'],
  [/\bPromise\.any\b/, 'Promise.any (Chrome 85, Safari 14)'],
  [/\bWeakRef\b/, 'WeakRef (Chrome 84, Safari 14.1)'],
  [/\brandomUUID\b/, 'crypto.randomUUID (Chrome 92, Safari 15.4)'],
  [/\breplaceChildren\b/, 'replaceChildren (Chrome 86, Safari 14)'],
  [/\bIntl\.(RelativeTimeFormat|ListFormat|DisplayNames)\b/, 'newer Intl formatter (Safari 14)'],
  [/\brequestIdleCallback\b/, 'requestIdleCallback (no Safari)'],
  [/\bAbortSignal\.timeout\b/, 'AbortSignal.timeout (Chrome 103)'],
];

interface Script {
  name: string;
  code: string;
  module: boolean;
}

function shippedScripts(): Script[] {
  const dir = join(DIST, '_astro');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ name: `/_astro/${f}`, code: readFileSync(join(dir, f), 'utf8'), module: true }));
  const sw = { name: '/sw.js', code: readFileSync(join(DIST, 'sw.js'), 'utf8'), module: false };
  // Pagefind's runtime, which the search island imports (lowered by src/build/lower-pagefind.ts).
  const pagefind = { name: '/pagefind/pagefind.js', code: readFileSync(join(DIST, 'pagefind', 'pagefind.js'), 'utf8'), module: true };
  const inline = new Map<string, Script>();
  for (const path of builtPages()) {
    for (const m of readPage(path).matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1]!;
      const code = m[2]!;
      if (/\bsrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs) || code.trim() === '') continue;
      if (!inline.has(code)) inline.set(code, { name: `inline script on ${path}`, code, module: /type="module"/.test(attrs) });
    }
  }
  return [...files, sw, pagefind, ...inline.values()];
}

/** Every construct newer than the floor in a script, named with what it is. */
function newerSyntax(script: Script): string[] {
  const ast = parse(script.code, { sourceType: script.module ? 'module' : 'script', errorRecovery: false });
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown> & { type?: string };
    if (typeof n.type === 'string') {
      if (NEWER_NODES[n.type]) found.add(NEWER_NODES[n.type]!);
      if ((n.type === 'LogicalExpression' || n.type === 'AssignmentExpression') && NEWER_OPERATORS[n.operator as string])
        found.add(NEWER_OPERATORS[n.operator as string]!);
      if (n.type === 'NumericLiteral' && String((n.extra as { raw?: string } | undefined)?.raw).includes('_'))
        found.add('numeric separator (Chrome 75, Safari 13)');
      if (n.type === 'RegExpLiteral') {
        if (/[dv]/.test(n.flags as string)) found.add('regular expression flag d or v');
        if (/\(\?<[=!]/.test(n.pattern as string)) found.add('regular expression lookbehind (Safari 16.4)');
      }
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'extra' && value && typeof value === 'object') visit(value);
  };
  visit(ast.program);
  return [...found];
}

const scripts = shippedScripts();

describe('the browser floor: Chrome 79, iOS Safari 13', () => {
  it('finds the scripts: the bundles, the service worker and inline scripts', () => {
    expect(scripts.some((s) => s.name.includes('QuizRoot'))).toBe(true);
    expect(scripts.some((s) => s.name.startsWith('inline script on /check/q/'))).toBe(true);
    expect(scripts.some((s) => s.name === '/pagefind/pagefind.js')).toBe(true);
    expect(scripts.length).toBeGreaterThan(10);
  });

  it.each(scripts.map((s) => [s.name, s] as const))('%s uses no syntax newer than the floor', (_name, script) => {
    expect(newerSyntax(script)).toEqual([]);
  });

  it.each(scripts.map((s) => [s.name, s] as const))('%s calls no built-in newer than the floor', (_name, script) => {
    const used = NEWER_BUILTINS.filter(([pattern]) => pattern.test(script.code)).map(([, what]) => what);
    expect(used).toEqual([]);
    // Search (the island and Pagefind) uses Intl.Segmenter (Chrome 87, Safari 14.1) only where it exists.
    if (script.code.includes('Intl.Segmenter')) expect(script.code).toMatch(/["'`]Segmenter["'`]\s*in\s*Intl|typeof Intl\.Segmenter\s*(!==?|[<>])/);
  });

  it('the checks catch what they look for', () => {
    const probe = (code: string) => newerSyntax({ name: 'probe', code, module: true });
    expect(probe('a?.b; c ?? d; class A { x = 1; #y; static { } }; e ||= 1; 1_000; /(?<=a)b/')).toHaveLength(9);
    expect(probe('var a = b && b.c; import("./x.js"); try {} catch {} const {x, ...rest} = o;')).toEqual([]);
  });
});
