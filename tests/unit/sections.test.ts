import { describe, expect, it } from 'vitest';
import { splitAfterFirstSection } from '../../src/lib/content/sections';

describe('splitAfterFirstSection', () => {
  it('splits before the second h2: the first section, then the rest', () => {
    const html = '<h2 id="a">现在就做</h2><ol><li>一</li></ol><h2 id="b">为什么</h2><p>因为</p><h2>接下来</h2>';
    expect(splitAfterFirstSection(html)).toEqual({
      first: '<h2 id="a">现在就做</h2><ol><li>一</li></ol>',
      rest: '<h2 id="b">为什么</h2><p>因为</p><h2>接下来</h2>',
    });
  });

  it('keeps a body with one section whole', () => {
    expect(splitAfterFirstSection('<p>x</p><h2>只有一节</h2><p>y</p>')).toEqual({ first: '<p>x</p><h2>只有一节</h2><p>y</p>', rest: '' });
    expect(splitAfterFirstSection('<p>x</p>')).toEqual({ first: '<p>x</p>', rest: '' });
  });
});
