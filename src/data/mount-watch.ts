import watchSource from '../islands/mount-watch.js?raw';
import { inlineScript } from '../lib/inline-script';

let watch: ReturnType<typeof inlineScript> | undefined;

/** The inline watcher of mounted controls (src/islands/mount-watch.js), minified once per build with its CSP hash. */
export function mountWatch(): ReturnType<typeof inlineScript> {
  watch ??= inlineScript(watchSource);
  return watch;
}
