import { describe, expect, it } from 'vitest';
import { unwrapPreloads } from '../../src/build/no-preload-helper.mjs';

describe('unwrapping Vite’s preload helper', () => {
  it('turns a call with nothing to preload into the import itself', () => {
    expect(unwrapPreloads('var S=()=>f(()=>import(`./notebook-extras.js`),[]),C=1;', 'f')).toBe('var S=()=>import(`./notebook-extras.js`),C=1;');
    expect(unwrapPreloads('let{a:e}=await r(async()=>{let{signal:e}=await import(`./s.js`);if(x){y()}return{signal:e}},[]),t=1', 'r')).toBe(
      'let{a:e}=await (async()=>{let{signal:e}=await import(`./s.js`);if(x){y()}return{signal:e}})(),t=1',
    );
  });
  it('leaves other functions of the same short name alone, and refuses a call with files to preload', () => {
    expect(unwrapPreloads('f(1);x.f(()=>import(`./a.js`),[])', 'f')).toBe('f(1);x.f(()=>import(`./a.js`),[])');
    expect(() => unwrapPreloads('r(async()=>{await import(`./a.js`)},["_astro/a.css"])', 'r')).toThrow(/files to preload/);
  });
});
