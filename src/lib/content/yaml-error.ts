import { Parser, YAMLParseError } from 'yaml';

/**
 * Where a YAML syntax error starts. The parser reports an unclosed quote or bracket where
 * it gave up, often the end of the file; the problem starts at the opening quote or
 * bracket, so that is the line named. Lines count from `firstLine` (frontmatter starts on 2).
 */
export function yamlErrorMessage(text: string, error: unknown, firstLine = 1): string {
  if (!(error instanceof YAMLParseError)) return (error as Error).message.split('\n')[0]!;
  const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const noticed = (error.linePos?.[0]?.line ?? 1) + firstLine - 1;
  const opened = unclosedStart(text, error.pos[0]);
  const started = opened === null ? noticed : lineOf(text, opened) + firstLine - 1;
  return started === noticed ? `line ${started}: ${what}` : `line ${started}: ${what} (opened here, still open at line ${noticed})`;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Offset of the first quote or flow bracket, before `pos`, that is never closed. */
function unclosedStart(text: string, pos: number): number | null {
  let first: number | null = null;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const t = node as { type?: string; offset?: number; source?: string; end?: { type: string }[] };
    const open =
      (t.type === 'double-quoted-scalar' && !/^"(?:[^"\\]|\\[\s\S])*"$/.test(t.source ?? '')) ||
      (t.type === 'single-quoted-scalar' && !/^'(?:[^']|'')*'$/.test(t.source ?? '')) ||
      (t.type === 'flow-collection' && !t.end?.some((e) => e.type === 'flow-seq-end' || e.type === 'flow-map-end'));
    if (open && t.offset !== undefined && t.offset <= pos && (first === null || t.offset < first)) first = t.offset;
    for (const value of Object.values(node)) if (typeof value === 'object') visit(value);
  };
  for (const token of new Parser().parse(text)) visit(token);
  return first;
}
