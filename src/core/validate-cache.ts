import { decodeFileReport, encodeFileReport, type EncodedFileReport, type FileReport } from './file-report.js';
import { documentTexts } from './parse.js';

/**
 * The validation cache: each file's report (see FileReport) keyed by its path and git blob id, valid for one
 * build of this tool, one OpenChoreo release and one object format. A run reads every file anyway (to hash
 * it) and re-parses and re-judges only files whose bytes changed; the cross-resource rules always run on the
 * whole repository. Plain data in, plain data out: the shell reads and writes the file.
 */
export interface ValidateCache {
  format: 1;
  /** Fingerprint of the code that judged the files. */
  build: string;
  /** Release tag the files were judged with. */
  release: string;
  objectFormat: 'sha1' | 'sha256';
  files: EncodedFileReport[];
}

export interface CacheKey {
  build: string;
  release: string;
  objectFormat: 'sha1' | 'sha256';
}

/** The release a cache was made with, when it names a release this tool knows. */
export function cachedRelease(cache: unknown, known: (tag: string) => boolean): string | undefined {
  const release = (cache as Partial<ValidateCache> | null | undefined)?.release;
  return typeof release === 'string' && known(release) ? release : undefined;
}

/** The cached reports by path, when the cache holds reports of this build, release and format; else none. */
export function cachedReports(cache: unknown, key: CacheKey): Map<string, EncodedFileReport> {
  const c = cache as Partial<ValidateCache> | null;
  if (!c || c.format !== 1 || c.build !== key.build || c.release !== key.release || c.objectFormat !== key.objectFormat || !Array.isArray(c.files)) return new Map();
  return new Map(c.files.map((f) => [f.path, f]));
}

/** A cached report, when it was made from exactly this text (blob id); its documents get their texts back from it. */
export function reuseReport(entry: EncodedFileReport | undefined, blob: string, text: string): FileReport | undefined {
  if (!entry || entry.blob !== blob) return undefined;
  const texts = documentTexts(text);
  return decodeFileReport(entry, (place) => texts.get(place.startLine) ?? '');
}

/** The cache of a run: every report made from a file's text (those with a blob id). */
export function cacheOf(key: CacheKey, reports: readonly FileReport[]): ValidateCache {
  return { format: 1, ...key, files: reports.filter((r) => r.blob).map((r) => encodeFileReport(r, () => undefined)) };
}
