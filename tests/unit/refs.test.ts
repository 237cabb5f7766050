import { describe, expect, it } from 'vitest';
import { citations, citedIds, pageLawIds } from '../../src/lib/content/refs';

describe('pageLawIds', () => {
  it('lists the frontmatter laws first, then those the body cites, each once', () => {
    const body = '根据<Law id="xiaofa-24"/>和<Law id="minfa-577"/>，再看<Law id="xiaofa-24"/>。\n\n`<Law id="in-code"/>`\n';
    expect(pageLawIds(['minfa-577', 'xiaofa-55'], citedIds(citations(body), 'Law'))).toEqual(['minfa-577', 'xiaofa-55', 'xiaofa-24']);
  });

  it('keeps the frontmatter order when the body cites nothing', () => {
    expect(pageLawIds(['b', 'a'], citedIds(citations('没有引用。'), 'Law'))).toEqual(['b', 'a']);
  });
});
