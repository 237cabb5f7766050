import { describe, expect, it } from 'vitest';
import { pageLawIds } from '../../src/lib/content/refs';

describe('pageLawIds', () => {
  it('lists the frontmatter laws first, then those the body cites, each once', () => {
    const body = '根据<Law id="xiaofa-24"/>和<Law id="minfa-577"/>，再看<Law id="xiaofa-24"/>。\n\n`<Law id="in-code"/>`\n';
    expect(pageLawIds(['minfa-577', 'xiaofa-55'], body)).toEqual(['minfa-577', 'xiaofa-55', 'xiaofa-24']);
  });

  it('keeps the frontmatter order when the body cites nothing', () => {
    expect(pageLawIds(['b', 'a'], '没有引用。')).toEqual(['b', 'a']);
  });
});
