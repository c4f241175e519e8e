import type { Finding, Severity } from './finding.js';
import type { Path } from './path.js';
import type { PositionIndex } from './position.js';
import type { YamlDocument } from './parse.js';

export interface FindingDraft {
  ruleId: string;
  severity: Severity;
  message: string;
  hint?: string;
}

/** Builds a Finding that points at the node `path` of a document (its key when it is a map entry). */
export function findingAt(positions: PositionIndex, doc: YamlDocument, path: Path, draft: FindingDraft): Finding {
  const { line, column } = positions.locate(doc, path);
  return {
    ruleId: draft.ruleId,
    severity: draft.severity,
    file: doc.file,
    line,
    column,
    message: draft.message,
    hint: draft.hint ?? '',
  };
}
