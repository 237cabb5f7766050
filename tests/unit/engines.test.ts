import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

// Two Node versions matter (README, "Node versions"): `npm ci` runs on the system's Node, which
// package.json `engines` names; every npm script then runs on the `node` dev dependency. That one
// must meet every dependency's own engines.node (Astro 7: >=22.12.0), or the build breaks on a
// machine whose system Node is older.
const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const pkg = read('package.json');
const lock: Record<string, { version: string; engines?: { node?: string } | string[]; os?: string[]; cpu?: string[] }> = read('package-lock.json').packages;

type Version = [number, number, number];
const parse = (text: string): Version => {
  const m = /^v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(text);
  if (!m) throw new Error(`cannot read version "${text}"`);
  return [Number(m[1]), Number(m[2]) || 0, Number(m[3]) || 0];
};
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether `version` is in an engines range (the forms npm packages use: >=, >, <, <=, ^, ~, x, ||). */
function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((clause) =>
    clause
      .replace(/([<>=^~]+)\s+/g, '$1')
      .trim()
      .split(/\s+/)
      .every((comparator) => {
        if (comparator === '*' || comparator === '') return true;
        const [, op = '', rest = ''] = /^([<>=^~]*)(.*)$/.exec(comparator)!;
        const w = parse(rest);
        const partial = rest.split('.').filter((p) => /^\d+$/.test(p)).length;
        const c = compare(v, w);
        if (op === '>=') return c >= 0;
        if (op === '>') return c > 0;
        if (op === '<=') return c <= 0;
        if (op === '<') return c < 0;
        if (op === '^') return c >= 0 && (w[0] > 0 ? v[0] === w[0] : v[1] === w[1]);
        if (op === '~' || partial < 3) return c >= 0 && v[0] === w[0] && (partial < 2 || v[1] === w[1]);
        return c === 0;
      }),
  );
}

describe('Node versions', () => {
  it('reads engines ranges as npm does', () => {
    expect(satisfies('24.21.0', '>=22.12.0')).toBe(true);
    expect(satisfies('20.20.2', '>=22.12.0')).toBe(false);
    expect(satisfies('24.21.0', '^22.22.0 || >= 24.8.0')).toBe(true);
    expect(satisfies('24.7.0', '^22.22.0 || >= 24.8.0')).toBe(false);
    expect(satisfies('22.22.1', '^22.22.0 || >= 24.8.0')).toBe(true);
    expect(satisfies('25.0.0', '^22.12.0 || ^24.0.0 || >=26.0.0')).toBe(false);
    expect(satisfies('20.17.0', '^20.17.0 || >=22.9.0')).toBe(true);
    expect(satisfies('20.0.0', '20 || 22')).toBe(true);
  });

  it('the Node that runs the npm scripts (the node dev dependency) meets every dependency’s engines.node', () => {
    const scripts = lock['node_modules/node']!.version;
    expect(satisfies(scripts, pkg.devDependencies.node), 'the locked node matches package.json').toBe(true);
    // Binaries for another system (sharp's Windows build, say) are never installed here.
    const here = (p: { os?: string[]; cpu?: string[] }) => (!p.os || p.os.includes(process.platform)) && (!p.cpu || p.cpu.includes(process.arch));
    const unmet = Object.entries(lock).flatMap(([path, p]) => {
      const range = here(p) && !Array.isArray(p.engines) && p.engines?.node;
      return path && range && !satisfies(scripts, range) ? [`${path} wants node ${range}`] : [];
    });
    expect(unmet).toEqual([]);
    expect(satisfies(scripts, (lock['node_modules/astro']!.engines as { node: string }).node)).toBe(true);
  });
});
