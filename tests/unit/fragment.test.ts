import { describe, expect, it } from 'vitest';
import { formatFragment, fragmentMeaning, parseFragment } from '../../src/lib/tree/fragment';
import { slug } from '../../src/schemas/common';

describe('parseFragment', () => {
  it('reads answers in order', () => {
    expect(parseFragment('#redflags=none&situation=platform')).toEqual({
      ok: true,
      answers: [
        { question: 'redflags', option: 'none' },
        { question: 'situation', option: 'platform' },
      ],
    });
  });

  it('treats an empty fragment as no answers', () => {
    expect(parseFragment('')).toEqual({ ok: true, answers: [] });
    expect(parseFragment('#')).toEqual({ ok: true, answers: [] });
  });

  it('round-trips with formatFragment', () => {
    const answers = [
      { question: 'a', option: 'b-1' },
      { question: 'c2', option: 'd' },
    ];
    expect(parseFragment(formatFragment(answers))).toEqual({ ok: true, answers });
    expect(formatFragment([])).toBe('');
  });

  it.each(['#garbage', '#=x', '#a=', '#a=b&', '#A=b', '#a=%E0%A4%A', '#a=b=c', '#a=<script>', '#a=%00', `#${'a=b&'.repeat(60)}a=b`, `#${'x'.repeat(3000)}`])(
    'rejects %s',
    (input) => {
      expect(parseFragment(input)).toEqual({ ok: false });
    },
  );

  it('rejects what is not a string', () => {
    for (const input of [undefined, null, 42, {}, []]) expect(parseFragment(input)).toEqual({ ok: false });
  });

  it('never throws on thousands of random and hostile strings', () => {
    // Deterministic pseudo-random generator, so a failure can be reproduced.
    let seed = 20261125;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = [
      '=',
      '&',
      '#',
      '%',
      '%2',
      '%E4',
      '%ZZ',
      'a',
      'z',
      '0',
      '-',
      '_',
      '.',
      ' ',
      '中',
      '\u0000',
      '\uD800',
      '𝌆',
      '?',
      '/',
      '\\',
      '"',
      "'",
      '<',
      '>',
      'constructor',
      '__proto__',
      'toString',
      'redflags',
      'none',
    ];
    for (let i = 0; i < 5000; i++) {
      const length = Math.floor(rand() * 40);
      let text = '';
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(rand() * alphabet.length)];
      const result = parseFragment(text);
      expect(typeof result.ok).toBe('boolean');
      if (result.ok) for (const a of result.answers) expect(a.question).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    }
  });
});

describe('fragmentMeaning', () => {
  const onPage = new Set(['main', 'law-xiaofa-25', 'your-answers']);
  const isElementId = (id: string) => onPage.has(id);

  it('reads answer state as answers, and an empty fragment as no answers', () => {
    expect(fragmentMeaning('#redflags=none&situation=platform', isElementId)).toEqual({
      kind: 'answers',
      answers: [
        { question: 'redflags', option: 'none' },
        { question: 'situation', option: 'platform' },
      ],
    });
    expect(fragmentMeaning('', isElementId)).toEqual({ kind: 'answers', answers: [] });
    expect(fragmentMeaning('#', isElementId)).toEqual({ kind: 'answers', answers: [] });
  });

  it('takes the id of an element on the page, or any fragment without "=", as an in-page anchor', () => {
    for (const hash of ['#main', '#law-xiaofa-25', '#your-answers', '#top', '#%E4%B8%AD', '#law-gone'])
      expect(fragmentMeaning(hash, isElementId), hash).toEqual({ kind: 'anchor', kept: null });
  });

  it('takes an element id that happens to contain "=" as an anchor, not as answers', () => {
    expect(fragmentMeaning('#a=b', (id) => id === 'a=b')).toEqual({ kind: 'anchor', kept: null });
    expect(fragmentMeaning('#a%3Db', (id) => id === 'a=b')).toEqual({ kind: 'anchor', kept: null });
  });

  it('hands back the answers kept on an anchor entry, when they are well formed', () => {
    expect(fragmentMeaning('#main', isElementId, '#redflags=none')).toEqual({ kind: 'anchor', kept: [{ question: 'redflags', option: 'none' }] });
    expect(fragmentMeaning('#main', isElementId, '')).toEqual({ kind: 'anchor', kept: [] });
    for (const kept of ['#a=%%%', 42, null, undefined, { answers: 'a=b' }])
      expect(fragmentMeaning('#main', isElementId, kept)).toEqual({ kind: 'anchor', kept: null });
  });

  it('ignores what is kept when the fragment is answer state', () => {
    expect(fragmentMeaning('#redflags=gambling', isElementId, '#redflags=none')).toEqual({
      kind: 'answers',
      answers: [{ question: 'redflags', option: 'gambling' }],
    });
  });

  it.each(['#redflags=none&situation=%%%', '#=x', '#a=', '#a=b&', '#A=b', '#a=b=c', '#a=<script>'])('calls malformed answer state %s garbled', (hash) => {
    expect(fragmentMeaning(hash, isElementId)).toEqual({ kind: 'garbled' });
  });

  it('never throws, and never calls an anchor garbled, on thousands of random strings', () => {
    let seed = 20261126;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = ['=', '&', '#', '%', '%3D', '%E4', 'a', 'z', '0', '-', 'main', 'law-xiaofa-25', '中', '\uD800', '?', '/'];
    for (let i = 0; i < 5000; i++) {
      let text = '#';
      for (let j = Math.floor(rand() * 20); j > 0; j--) text += alphabet[Math.floor(rand() * alphabet.length)];
      const meaning = fragmentMeaning(text, isElementId);
      if (!text.includes('=')) expect(meaning.kind, text).not.toBe('garbled');
      if (meaning.kind === 'garbled') expect(parseFragment(text).ok).toBe(false);
    }
  });
});

describe('one rule for ids', () => {
  it('the content schema accepts exactly the ids the fragment parser reads', () => {
    const ids = ['a', 'redflags', 'asked-merchant', '12315', 'x'.repeat(64), 'x'.repeat(65), 'A', '-a', 'a_b', 'a b', '中', '', 'a-', 'law-xiaofa-25'];
    for (const id of ids) expect(slug.safeParse(id).success, id).toBe(parseFragment(`#${id}=${id}`).ok && id !== '');
    expect(slug.safeParse('x'.repeat(65)).success).toBe(false);
  });
});
