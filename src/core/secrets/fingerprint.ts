import { hmacSha256 } from './hmac-sha256.js';

/**
 * Fingerprint of a secret value: the first 16 hex digits (64 bits) of HMAC-SHA256 over the value, keyed by a
 * fixed constant of this project.
 *
 * - Only the value goes in: the fingerprint stays the same when lines move, the file is renamed or the value
 *   is copied elsewhere, so one allow-list entry follows the value (and its copies), not a location.
 * - The key is a domain separator: the fingerprint matches no public table of plain SHA-256 digests, and
 *   fingerprints from other tools cannot be compared with ours.
 * - What it does NOT do: hide a weak value. The key is public (it is in this file), so anyone holding a
 *   fingerprint can test guesses offline, and a guessable value (`doclet`) is confirmed in moments. Every
 *   deterministic fingerprint that a CI run can recompute has this property; only a secret key (not
 *   available to forks and local runs) would change it. Truncation to 64 bits does not weaken the check
 *   (collisions need ~2^32 distinct values) nor protect a weak value. A real, random credential cannot be
 *   recovered from it. Whatever is found must be rotated anyway: it is already in Git history.
 */
const fingerprintMac = hmacSha256(new TextEncoder().encode('openchoreo-gitops-action/secret-fingerprint/v1'));
export const FINGERPRINT_HEX_DIGITS = 16;

export function secretFingerprint(value: string): string {
  const digest = fingerprintMac(value);
  let hex = '';
  for (let i = 0; i < FINGERPRINT_HEX_DIGITS / 2; i++) hex += (digest[i] < 16 ? '0' : '') + digest[i].toString(16);
  return hex;
}

/** True for a string that has the shape of a fingerprint (used to check allow-list entries). */
export function isFingerprint(text: string): boolean {
  return new RegExp(`^[0-9a-f]{${FINGERPRINT_HEX_DIGITS}}$`).test(text);
}
