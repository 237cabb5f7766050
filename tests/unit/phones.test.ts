import { describe, expect, it } from 'vitest';
import { phoneParts } from '../../src/lib/content/phones';

describe('phoneParts', () => {
  it('splits running text around whole numbers, longest first', () => {
    expect(phoneParts('不要再付一分钱，拨打 110 或 96110。', ['110', '96110'])).toEqual([
      '不要再付一分钱，拨打 ',
      { phone: '110' },
      ' 或 ',
      { phone: '96110' },
      '。',
    ]);
  });

  it('does not take a number inside a longer one', () => {
    expect(phoneParts('打 1100 或 961100', ['110', '96110'])).toEqual(['打 1100 或 961100']);
    expect(phoneParts('110', ['110'])).toEqual([{ phone: '110' }]);
  });
});
