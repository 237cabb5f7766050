import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GOOD = new URL('../fixtures/content/', import.meta.url);

/** A throw-away copy of the good fixture project, to break one file at a time. */
export function fixtureCopy(): {
  root: string;
  edit: (file: string, change: (text: string) => string) => void;
  write: (file: string, text: string) => void;
  cleanup: () => void;
} {
  const root = mkdtempSync(join(tmpdir(), 'refundpath-fixture-'));
  cpSync(GOOD, root, { recursive: true });
  return {
    root,
    edit: (file, change) => {
      const path = join(root, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
      writeFileSync(path, after);
    },
    write: (file, text) => writeFileSync(join(root, file), text),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
