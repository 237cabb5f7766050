import { describe, expect, it } from 'vitest';
import { formatFragment, parseFragment } from '../../src/lib/tree/fragment';

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

  it.each(['#garbage', '#=x', '#a=', '#a=b&', '#A=b', '#a=%E0%A4%A', '#a=b=c', '#a=<script>', '#a=%00', `#${'a=b&'.repeat(60)}a=b`, '#' + 'x'.repeat(3000)])(
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
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ['=', '&', '#', '%', '%2', '%E4', '%ZZ', 'a', 'z', '0', '-', '_', '.', ' ', '中', '\u0000', '\uD800', '𝌆', '?', '/', '\\', '"', "'", '<', '>', 'constructor', '__proto__', 'toString', 'redflags', 'none'];
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
