/**
 * One way to run the `git` CLI from tests: argument arrays (no shell), optional stdin, a fixed
 * identity, and no user/system configuration leaking in.
 */
import { spawn } from 'node:child_process';

export interface GitResult {
  exitCode: number;
  stdout: string;
  /** stdout as bytes, for blob contents. */
  stdoutBytes: Buffer;
  stderr: string;
}

export interface RunGitOptions {
  cwd: string;
  /** Written to git's stdin. */
  input?: string | Buffer;
  /** Extra environment, e.g. GIT_AUTHOR_DATE. */
  env?: Record<string, string>;
  /** Return a non-zero exit instead of throwing (for probes such as `merge-base --is-ancestor`). */
  allowFailure?: boolean;
}

/** Identity and isolation used for every git call made by the test support code. */
export const GIT_TEST_ENV: Record<string, string> = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Committer',
  GIT_COMMITTER_EMAIL: 'committer@example.com',
  GIT_TERMINAL_PROMPT: '0',
};

export function runGit(args: string[], options: RunGitOptions): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', HOME: options.cwd, ...GIT_TEST_ENV, ...options.env },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdoutBytes = Buffer.concat(out);
      const result = { exitCode: code ?? 1, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr: Buffer.concat(err).toString('utf8') };
      if (result.exitCode !== 0 && !options.allowFailure) {
        reject(new Error(`git ${args.join(' ')} failed (${result.exitCode}): ${result.stderr.trim()}`));
      } else {
        resolve(result);
      }
    });
    if (child.stdin) {
      child.stdin.on('error', () => undefined); // git may exit before reading all of stdin; its exit code tells
      child.stdin.end(options.input);
    }
  });
}
