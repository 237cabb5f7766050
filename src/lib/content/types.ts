/** The content kinds the site is built from, named after their folders and files. */
export type Kind = 'guide' | 'cases' | 'situations' | 'outcomes' | 'questions' | 'journeys' | 'laws' | 'channels' | 'letters' | 'letterParts' | 'urgent';

/** One entry as read from disk, before validation. */
export interface SourceEntry {
  /** Path relative to the project root, e.g. content/guide/evidence.mdx. */
  file: string;
  kind: Kind;
  /** Frontmatter, or one item of a YAML list. */
  data: unknown;
  /** MDX body (documents only). */
  body?: string;
  /** The file's line on which the body starts (documents only), for messages. */
  bodyLine?: number;
  /** The id used when the data names none: the file name without extension. */
  fileId?: string;
  /** Position in a YAML list, and the line the item starts on, for messages. */
  index?: number;
  line?: number;
}

/** A problem found in the content: always names the file, and the field or node when there is one. */
export interface Problem {
  file: string;
  message: string;
}

/** The subset of a Zod schema the validator needs; keeps this module free of Astro imports. */
export interface SchemaLike {
  safeParse(
    input: unknown,
  ): { success: true; data: unknown } | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
}

export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  - ${p.file}: ${p.message}`);
  return `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}
