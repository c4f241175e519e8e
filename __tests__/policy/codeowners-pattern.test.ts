import { describe, it, expect } from '@jest/globals';
import { compilePattern, patternForFile } from '../../src/core/codeowners/index.js';

function matches(pattern: string, path: string): boolean {
  const compiled = compilePattern(pattern);
  if (!compiled.ok) throw new Error(`pattern ${pattern} did not compile: ${compiled.message}`);
  return compiled.regex.test(path);
}

describe('CODEOWNERS patterns (GitHub semantics)', () => {
  it.each([
    ['*', 'a.yaml', true],
    ['*', 'deep/down/a.yaml', true],
    ['*.js', 'src/app/main.js', true],
    ['*.js', 'src/app/main.ts', false],
    ['/build/logs/', 'build/logs/x/y.log', true],
    ['/build/logs/', 'src/build/logs/y.log', false],
    ['docs/*', 'docs/getting-started.md', true],
    ['docs/*', 'docs/build-app/troubleshooting.md', false],
    ['apps/', 'apps/a.yaml', true],
    ['apps/', 'deep/apps/a.yaml', true],
    ['apps/', 'apps', false],
    ['**/logs', 'build/logs/a.log', true],
    ['**/logs', 'deeply/nested/logs/a.log', true],
    ['**/logs', 'logs/a.log', true],
    ['/docs/', 'docs/a.md', true],
    ['/docs/', 'x/docs/a.md', false],
    ['platform/traits', 'platform/traits/a.yaml', true],
    ['platform/traits', 'ns/platform/traits/a.yaml', false],
    ['/apps/github', 'apps/github/x.yaml', true],
    ['/apps/github', 'apps/github-x/x.yaml', false],
    ['a/**/b.yaml', 'a/b.yaml', true],
    ['a/**/b.yaml', 'a/x/y/b.yaml', true],
    ['README.md', 'readme.md', false],
    ['/dir\\ with\\ space/', 'dir with space/f.yaml', true],
    ['\\#hash', 'x/#hash', true],
    ['file?.yaml', 'file1.yaml', true],
    ['file?.yaml', 'file/.yaml', false],
    ['/*', 'top.yaml', true],
    ['/*', 'dir/nested.yaml', false],
    ['**', 'anything/at/all', true],
  ])('%s against %s → %s', (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
  });

  it.each([
    ['!/secret/', 'Negation'],
    ['/apps/[ab]/', "both '[' and ']' must be escaped"],
    ['[Platform]', 'both'],
    ['/a/***/b', '`***`'],
    ['/', 'never matches'],
    ['trailing\\', 'lone'],
  ])('rejects %s', (pattern, text) => {
    const compiled = compilePattern(pattern);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.message).toContain(text);
  });

  it('points at the offending bracket', () => {
    const compiled = compilePattern('/apps/[ab]/');
    expect(compiled.ok || compiled.offset).toBe(6);
  });

  it('suggests a GitLab section is not supported', () => {
    const compiled = compilePattern('[Platform]');
    expect(compiled.ok || compiled.hint).toContain('GitLab section');
  });

  it('writes an anchored pattern for a file that matches exactly it', () => {
    const pattern = patternForFile('ns/plat form/[x]*.yaml');
    expect(pattern).toBe('/ns/plat\\ form/\\[x\\]\\*.yaml');
    expect(matches(pattern, 'ns/plat form/[x]*.yaml')).toBe(true);
    expect(matches(pattern, 'ns/plat form/[x]a.yaml')).toBe(false);
  });
});
