import earlySource from '../islands/early-quiz.js?raw';
import watchSource from '../islands/mount-watch.js?raw';
import { ID_PATTERN } from '../lib/core';
import { inlineScript, type InlineScript } from '../lib/inline-script';

/**
 * The question pages' early script (src/islands/early-quiz.js), with the site's id rule written
 * in. The page adds the hash in its own frontmatter: a hash added from a component rendered
 * inside the layout's slot can come too late for the <meta> CSP in <head>.
 */
export const earlyQuiz = (): InlineScript => inlineScript(earlySource.replace('__ID_PATTERN__', ID_PATTERN.source));

/** The inline watcher of mounted controls (src/islands/mount-watch.js), in the <head> of pages with mounted controls. */
export const mountWatch = (): InlineScript => inlineScript(watchSource);
