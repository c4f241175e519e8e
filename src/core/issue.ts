import type { FindingDraft } from './finding-at.js';
import type { PathSegment } from './path.js';

/** A problem inside one document, located by path; it becomes a Finding once its line is looked up. */
export interface Issue extends FindingDraft {
  path: PathSegment[];
}
