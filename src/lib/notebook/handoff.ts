import type { Fields } from '../letters/fields';

/**
 * The toolkit island keeps the letter fields the reader typed; the save button is a
 * separate island. The toolkit writes its fields here (sessionStorage: this tab only,
 * gone when it closes, under the site's prefix) and the save button reads them.
 */
const key = (outcome: string) => `refundpath:letter-fields:${outcome}`;

export function shareLetterFields(outcome: string, fields: Fields): void {
  try {
    // Nothing typed (or just cleared by 清除我的数据): keep no key at all.
    if (Object.values(fields).some(Boolean)) sessionStorage.setItem(key(outcome), JSON.stringify(fields));
    else sessionStorage.removeItem(key(outcome));
  } catch {
    // No session storage: the record is saved without letter fields.
  }
}

export function readLetterFields(outcome: string): Fields {
  try {
    const v: unknown = JSON.parse(sessionStorage.getItem(key(outcome)) ?? '{}');
    if (typeof v !== 'object' || v === null) return {};
    return Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === 'string')) as Fields;
  } catch {
    return {};
  }
}
