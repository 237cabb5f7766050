import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentDir } from '../lib/content/check';
import { formatProblems } from '../lib/content/types';
import { schemas } from '../schemas';
import { synonymGroupSchema } from '../schemas/synonyms';

/**
 * Fails the build (and dev start) when content is broken, naming each file and field.
 * Runs before Astro syncs collections so the reader of the log sees our message first.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'refundpath:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const problems = checkContentDir(fileURLToPath(config.root), schemas, synonymGroupSchema);
        if (problems.length > 0) throw new Error(formatProblems(problems));
        logger.info('content checked: no problems');
      },
    },
  };
}
