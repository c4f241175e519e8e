import { partRole } from '../shell/part-workers.js';

/** The worker threads' bundle (dist/worker/index.js): each role loads only its own code. */
async function serve(): Promise<void> {
  switch (partRole()) {
    case 'validate':
      return (await import('../shell/validate-parts.js')).serveValidatePart();
    case 'secrets':
      return (await import('../shell/secret-parts.js')).serveSecretPart();
    case 'read':
      return (await import('../shell/read-ahead.js')).serveReadAhead();
    default:
      throw new Error('dist/worker/index.js runs only as a worker thread of openchoreo-gitops.');
  }
}

void serve();
