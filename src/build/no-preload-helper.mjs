import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Vite wraps every dynamic import of the client build in its preload helper, a chunk of 0.9 KB
 * gzip that every page with a dynamic import loads up front (the notebook, search, Astro's
 * island runtime), even with `modulePreload: false`, when the list of files to preload is
 * empty (`[]`), as it always is here. Then the wrapper only calls the import. This plugin
 * unwraps those calls after minification and drops the helper; a call with files to
 * preload, or a form it does not know, stops the build.
 */

/** Index just past the brace that closes the one at `open`. */
function closing(code, open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '{') depth++;
    else if (code[i] === '}' && --depth === 0) return i + 1;
  }
  throw new Error('no closing brace');
}

/** The chunk's code without the helper: NAME(()=>import(`x`),[]) → import(`x`), NAME(async()=>{…},[]) → (async()=>{…})(). */
export function unwrapPreloads(code, name) {
  let out = code.replace(new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\(\\(\\)=>(import\\(\`[^\`]+\`\\)),\\[\\]\\)`, 'g'), '$1');
  const start = `${name}(async()=>{`;
  for (let at = out.indexOf(start); at >= 0; at = out.indexOf(start)) {
    if (at > 0 && /[\w$.]/.test(out[at - 1])) throw new Error(`unknown use of the preload helper: ${out.slice(at - 20, at + 40)}`);
    const end = closing(out, at + start.length - 1);
    if (out.slice(end, end + 4) !== ',[])') throw new Error(`a preload with files to preload: ${out.slice(at, end + 40)}`);
    out = `${out.slice(0, at)}(async()=>{${out.slice(at + start.length, end)})()${out.slice(end + 4)}`;
  }
  return out;
}

/** @returns {import('vite').Plugin} */
export default function noPreloadHelper() {
  return {
    name: 'refundpath:no-preload-helper',
    applyToEnvironment: (environment) => environment.name === 'client',
    // On the written files: Vite fills in each call's list of files to preload last.
    writeBundle(options, bundle) {
      const helper = Object.values(bundle).find((c) => c.type === 'chunk' && /(^|\/)preload-helper\.[\w-]+\.js$/.test(c.fileName));
      if (!helper || !options.dir) return;
      const file = helper.fileName.split('/').pop();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk === helper) continue;
        const path = join(options.dir, chunk.fileName);
        const text = readFileSync(path, 'utf8');
        if (!text.includes(file)) continue;
        const statement = new RegExp(`import\\{t as ([\\w$]+)\\}from"\\./${file.replace(/\./g, '\\.')}";?`).exec(text);
        if (!statement) throw new Error(`${chunk.fileName}: unknown import of ${file}`);
        const without = text.replace(statement[0], '');
        const code = unwrapPreloads(without, statement[1]);
        // Minified names are reused in other scopes, so a left-over call cannot be told by name;
        // the chunk must at least have lost the calls of the forms the helper is used in.
        if (code === without) throw new Error(`${chunk.fileName}: imports ${file} but no call was unwrapped`);
        writeFileSync(path, code);
      }
      rmSync(join(options.dir, helper.fileName));
    },
  };
}
