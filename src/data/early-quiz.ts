import earlySource from '../islands/early-quiz.js?raw';
import { inlineScript } from '../lib/inline-script';

let early: ReturnType<typeof inlineScript> | undefined;

/**
 * The question pages' early script (src/islands/early-quiz.js), minified once per build with
 * its CSP hash. The page adds the hash in its own frontmatter: a hash added from a component
 * rendered inside the layout's slot can come too late for the <meta> CSP in <head>.
 */
export function earlyQuiz(): ReturnType<typeof inlineScript> {
  early ??= inlineScript(earlySource);
  return early;
}
