import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { readCheckedContent, type CheckedContent } from '../lib/content/check';
import { entryId } from '../lib/content/load';
import { citedIds } from '../lib/content/refs';
import { formatProblems, type Kind } from '../lib/content/types';
import { assembleLetter, type LetterParts, type LetterSource } from '../lib/letters/templates';
import { schemas } from '../schemas';
import { synonymGroupSchema } from '../schemas/synonyms';

/**
 * The site's one content pipeline. Every collection's loader takes its entries from one read
 * of content/ (src/lib/content/load.ts), checked as a whole (src/lib/content/check.ts) before
 * any page renders: broken content stops `astro build` and `astro dev` with one line per
 * problem, naming the file and the field or line. Ids follow one rule (entryId).
 */

let current: { root: string; content: CheckedContent } | undefined;

/** The checked content of the project, read once per build (again in dev after an edit). */
function checkedContent(root: string, logger: LoaderContext['logger']): CheckedContent {
  if (current?.root !== root) {
    const content = readCheckedContent(root, schemas, synonymGroupSchema);
    if (content.problems.length > 0) throw new Error(formatProblems(content.problems));
    current = { root, content };
    logger.info(`content checked: ${content.loaded.entries.length} entries, no problems`);
  }
  return current.content;
}

/** One entry of a collection, as the loader hands it to Astro's store. */
interface Item {
  id: string;
  data: Record<string, unknown>;
  /** The file it came from, relative to the project root; with a body (MDX), Astro renders it from there. */
  file?: string;
  body?: string;
}

type Select = (content: CheckedContent) => Item[];

const MDX_KINDS: readonly Kind[] = ['guide', 'cases', 'situations', 'outcomes'];

/** In dev: what refills each collection after an edit, and the watchers already listened to. */
const refills = new Map<string, () => Promise<void>>();
const watched = new WeakSet<object>();

function loader(name: string, select: Select): Loader {
  return {
    name: `refundpath:${name}`,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      await fill(context, select(checkedContent(root, context.logger)));
      const { watcher, logger } = context;
      if (!watcher) return;
      refills.set(name, () => fill(context, select(checkedContent(root, logger))));
      if (watched.has(watcher)) return;
      watched.add(watcher);
      // An edit under content/ reads and checks everything once more, then refills every collection.
      watcher.on('all', async (_event, path) => {
        if (!path.startsWith(`${root}content/`)) return;
        current = undefined;
        try {
          for (const refill of refills.values()) await refill();
        } catch (error) {
          logger.error((error as Error).message);
        }
      });
    },
  };
}

async function fill({ store, parseData, generateDigest }: LoaderContext, items: Item[]): Promise<void> {
  store.clear();
  for (const item of items) {
    const data = await parseData({ id: item.id, data: item.data, ...(item.file ? { filePath: item.file } : {}) });
    const digest = generateDigest(item.body === undefined ? item.data : `${JSON.stringify(item.data)}\n${item.body}`);
    if (item.file && item.body !== undefined) store.set({ id: item.id, data, body: item.body, filePath: item.file, digest, deferredRender: true });
    else store.set({ id: item.id, data, digest, ...(item.file ? { filePath: item.file } : {}) });
  }
}

const asRecord = (data: unknown) => (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;

/**
 * The entries of one content kind. Astro's store does not keep the order entries were set in,
 * so an item of a YAML list carries its `position` (the questions collection keeps it: the
 * first question is the start).
 */
export function contentLoader(kind: Kind): Loader {
  return loader(kind, ({ loaded }) =>
    loaded.entries
      .filter((e) => e.kind === kind)
      // Journeys have no id: each is one test case, known by its place in the list.
      .map((e) => ({
        id: kind === 'journeys' ? String(e.index! + 1) : entryId(e),
        data: e.index === undefined ? asRecord(e.data) : { ...asRecord(e.data), position: e.index },
        file: e.file,
        ...(MDX_KINDS.includes(kind) ? { body: e.body ?? '' } : {}),
      })),
  );
}

/** The letters (content/letters/<kind>.yaml) with the shared parts of parts.yaml filled in. */
export function letterLoader(): Loader {
  return loader('letters', ({ loaded }) => {
    const parts = loaded.entries.find((e) => e.kind === 'letterParts')?.data as LetterParts;
    return loaded.entries
      .filter((e) => e.kind === 'letters')
      .map((e) => ({ id: entryId(e), data: { ...assembleLetter(e.data as LetterSource, parts) }, file: e.file }));
  });
}

/** The ids each MDX body cites, found when the check parsed it (the pages do not parse it again): id "<kind>/<entry id>". */
export function citationLoader(): Loader {
  return loader('citations', ({ loaded, cited }) =>
    loaded.entries
      .filter((e) => MDX_KINDS.includes(e.kind))
      .map((e) => {
        const found = cited.get(e.file) ?? [];
        return { id: `${e.kind}/${entryId(e)}`, data: { laws: citedIds(found, 'Law'), channels: citedIds(found, 'Channel') } };
      }),
  );
}

/** Search words: synonym groups and aliases; the id is the place in the file (0, 1, …). */
export function synonymLoader(): Loader {
  return loader('synonyms', ({ synonyms }) => synonyms.map((words, i) => ({ id: String(i), data: { words: [...words] } })));
}

export function aliasLoader(): Loader {
  return loader('aliases', ({ aliases }) => aliases.map(([alias, word], i) => ({ id: String(i), data: { alias, word } })));
}
