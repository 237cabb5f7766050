import earlySource from '../islands/early-quiz.js?raw';
import { inlineScript } from '../lib/inline-script';
import { ID_PATTERN } from '../lib/core';

let early: ReturnType<typeof inlineScript> | undefined;

/**
 * The question pages' early script (src/islands/early-quiz.js), minified once per build with
 * its CSP hash, with the site's id rule written in. The page adds the hash in its own frontmatter: a hash added from a component
 * rendered inside the layout's slot can come too late for the <meta> CSP in <head>.
 */
export function earlyQuiz(): ReturnType<typeof inlineScript> {
  early ??= inlineScript(earlySource.replace('__ID_PATTERN__', ID_PATTERN.source));
  return early;
}
