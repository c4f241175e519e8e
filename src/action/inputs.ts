import * as core from '@actions/core';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { FailOn } from '../core/finding.js';
import { RELEASE_CHOICES } from '../core/release-names.js';
import { splitList } from './raw-inputs.js';

/** Thrown for an input the user must fix; reported with the input's name. */
export class InputError extends Error {}

/** The checkout every path input is relative to. */
export function workspace(): string {
  return resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}

/** Resolves a path input inside the workspace; refuses `..` tricks and absolute paths outside it. */
export function workspacePath(name: string, value: string): string {
  const root = workspace();
  const abs = resolve(root, value || '.');
  const rel = relative(root, abs);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new InputError(`Input "${name}" (${value}) points outside the workspace ${root}; use a path inside the checkout.`);
  }
  return abs;
}

/** A list input: one item per line or comma-separated; blank items and `#` comments dropped. */
export function listInput(name: string): string[] {
  return splitList(core.getInput(name));
}

export function choiceInput<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`Input "${name}" must be one of ${allowed.join(', ')}; got "${value}".`);
  }
  return value as T;
}

export function booleanInput(name: string, fallback: boolean): boolean {
  if (!core.getInput(name)) return fallback;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new InputError(`Input "${name}" must be true or false; got "${core.getInput(name)}".`);
  }
}

/** `openchoreo-version`: auto or a release; a leading `v` is accepted. */
export function versionInput(): string {
  const value = (core.getInput('openchoreo-version') || 'auto').replace(/^v/, '');
  if (!(RELEASE_CHOICES as readonly string[]).includes(value)) {
    throw new InputError(`Input "openchoreo-version" must be one of ${RELEASE_CHOICES.join(', ')}; got "${value}".`);
  }
  return value;
}

export const FAIL_ON_CHOICES: readonly FailOn[] = ['error', 'warning', 'note', 'never'];
