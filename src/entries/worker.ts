import { partRole } from '../shell/part-workers.js';
import { serveReadAhead } from '../shell/read-ahead.js';

/**
 * The worker threads' bundle (dist/worker/index.js): each role loads only its own code, but for the small
 * reader, which is in this bundle so that it starts walking the tree (see PartWorkers.takeTree) at once.
 */
async function serve(): Promise<void> {
  switch (partRole()) {
    case 'validate':
      return (await import('../shell/validate-parts.js')).serveValidatePart();
    case 'secrets':
      return (await import('../shell/secret-parts.js')).serveSecretPart();
    case 'read':
      return serveReadAhead();
    default:
      throw new Error('dist/worker/index.js runs only as a worker thread of openchoreo-gitops.');
  }
}

void serve();
