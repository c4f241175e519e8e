/**
 * Shared helpers of the foundation tests: where the reference trees are, scratch copies of them, and how to
 * find the line of a piece of text (so expected positions are computed from the text, never guessed).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding } from '../../src/core/finding.js';

export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const sharedReference = path.resolve(repoRoot, '..', 'shared', 'reference');
export const sampleGitops = path.join(sharedReference, 'sample-gitops');
export const samples123 = path.join(sharedReference, 'openchoreo', 'samples-v1.2.3');

/** A fresh temp directory; remove it with `rmSync(dir, {recursive: true, force: true})`. */
export function tempDir(prefix = 'foundation-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Copies sample-gitops (without its .git, if any) into a fresh temp directory and returns the directory. */
export function copySampleGitops(): string {
  const dir = tempDir('foundation-sample-');
  cpSync(sampleGitops, dir, { recursive: true, filter: (src) => path.basename(src) !== '.git' });
  return dir;
}

/**
 * 1-based line of the first line of `text` that contains `needle` (searching from line `after` + 1).
 * Throws when absent, so a test that looks for the wrong text fails loudly instead of passing by accident.
 */
export function lineOf(text: string, needle: string, after = 0): number {
  const lines = text.split('\n');
  for (let i = after; i < lines.length; i++) if (lines[i].includes(needle)) return i + 1;
  throw new Error(`"${needle}" not found in text (after line ${after})`);
}

/** 1-based column where `needle` starts on line `line` of text. */
export function columnOf(text: string, line: number, needle: string): number {
  const at = text.split('\n')[line - 1].indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not on line ${line}`);
  return at + 1;
}

/** Reads a file of a directory as text. */
export function readText(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

/**
 * Replaces exactly one occurrence of `from` in a file (throws when it occurs zero or several times) and returns
 * the new text, so the mutation is certain to have happened where the test thinks it did.
 */
export function editFile(dir: string, file: string, from: string, to: string): string {
  const text = readText(dir, file);
  const first = text.indexOf(from);
  if (first < 0) throw new Error(`"${from}" not found in ${file}`);
  if (text.indexOf(from, first + 1) >= 0) throw new Error(`"${from}" occurs more than once in ${file}`);
  const next = text.slice(0, first) + to + text.slice(first + from.length);
  writeFileSync(path.join(dir, file), next);
  return next;
}

/** `ruleId severity file:line:column` for compact, exact comparisons. */
export function brief(f: Finding): string {
  return `${f.ruleId} ${f.severity} ${f.file}:${f.line}:${f.column}`;
}

/** Strips leading indentation common to all non-blank lines and a leading newline (for inline YAML). */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
