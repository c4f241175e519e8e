/**
 * Compiles a repository path glob (as in .gitignore-style ignore lists) to a matcher:
 * `**` any number of folders, `*` any run of characters except `/`, `?` one such character.
 * A pattern without `/` matches a name at any depth (a leading `/` or `./` anchors it at the root); a trailing `/`
 * matches a folder and everything below it.
 */
export function globToRegExp(pattern: string): RegExp {
  const raw = pattern.trim();
  let p = raw.replace(/^\.\//, '');
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  // `./name` names the root's entry, like `/name`: the `./` is stripped but still anchors the pattern.
  const anchored = p.includes('/') || raw.startsWith('./');
  if (p.startsWith('/')) p = p.slice(1);
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*') {
      if (p[i + 1] === '*') {
        const slash = p[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else {
      re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  const prefix = anchored ? '^' : '^(?:.*/)?';
  return new RegExp(`${prefix}${re}(?:/.*)?$`);
}

/** True when path (repository-relative, forward slashes) matches any of the patterns. */
export function matchesAny(path: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((re) => re.test(path));
}
