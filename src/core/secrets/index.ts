/** Plaintext secret scan: the public surface used by the `policy` command. */
export { scanSecrets, judgeFiles, mergeJudged, type JudgedHit, type JudgeContext } from './scan-secrets.js';
export { isScannedTextFile } from './scanned-files.js';
export { secretRuleInfo, SECRET_RULES } from './secret-rules.js';
export { secretFingerprint, isFingerprint } from './fingerprint.js';
export { ALLOW_MARKER } from './allow-list.js';
export { PositionsNeeded, type NodeLocator } from './yaml-value-lines.js';
export type { AllowEntry, AllowedHit, ScanSecretsInput, ScanSecretsResult } from './secret-hit.js';
