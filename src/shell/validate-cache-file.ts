import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ValidateCache } from '../core/validate-cache.js';
import { writeFileAtomic } from './write-file.js';

const CACHE_FILE = 'validate-cache.json';

/** The cache file's content in `dir`, or undefined when there is none or it cannot be read as JSON (then it is rebuilt). */
export function readValidateCache(dir: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, CACHE_FILE), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Writes the cache whole or not at all. */
export function writeValidateCache(dir: string, cache: ValidateCache): void {
  writeFileAtomic(join(dir, CACHE_FILE), JSON.stringify(cache));
}

/**
 * Fingerprint of a bundle: a hash of the JavaScript files in its directory. The validation cache is only
 * reused by the same code, whatever its version number says.
 */
export function bundleFingerprint(script: URL): string {
  const dir = join(fileURLToPath(script), '..');
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js')).sort()) hash.update(name).update('\0').update(readFileSync(join(dir, name)));
  return hash.digest('hex').slice(0, 32);
}
