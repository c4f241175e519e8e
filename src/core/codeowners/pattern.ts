/**
 * CODEOWNERS patterns with GitHub's semantics: gitignore-like, but without `!` negation or `[ ]` ranges.
 * - a leading `/`, or a `/` inside the pattern, anchors it to the repository root;
 * - a pattern without such a `/` matches a name at any depth;
 * - a trailing `/` matches everything below a folder;
 * - a last segment that is exactly `*` matches direct children only (`docs/*`);
 * - any other last segment also matches everything below it when it names a folder;
 * - `*` and `?` never cross `/`; `**` spans any number of folders; `\` escapes the next character.
 * Matching is case-sensitive.
 */
export type CompiledPattern =
  | { ok: true; regex: RegExp }
  | { ok: false; message: string; hint: string; /** 0-based offset in the pattern text */ offset: number };

function fail(message: string, hint: string, offset = 0): CompiledPattern {
  return { ok: false, message, hint, offset };
}

/** Splits at unescaped `/`, keeping escapes in the segments. */
function splitSegments(pattern: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      current += c + pattern[i + 1];
      i++;
    } else if (c === '/') {
      segments.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  segments.push(current);
  return segments;
}

const escapeRegExp = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function segmentToRegExp(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\') out += escapeRegExp(segment[++i] ?? '');
    else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += escapeRegExp(c);
  }
  return out;
}

/** Finds the first syntax GitHub rejects, or undefined. */
function syntaxError(pattern: string): CompiledPattern | undefined {
  if (pattern.startsWith('!')) {
    return fail(
      'Negation (`!`) is not supported in CODEOWNERS; GitHub skips this line.',
      'Remove the `!`. To leave paths without an owner, add a later line with the pattern and no owners.',
    );
  }
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      if (i + 1 >= pattern.length) return fail('The pattern ends with a lone `\\`.', 'Remove the trailing backslash.', i);
      i++;
      continue;
    }
    if (c === '[' || c === ']') {
      const section = /^\^?\[[^\]]*\](\[\d+\])?$/.test(pattern);
      return fail(
        "Invalid pattern: both '[' and ']' must be escaped with a '\\'; CODEOWNERS has no character ranges.",
        section
          ? 'This looks like a GitLab section header; GitHub has no sections. Remove the line (put the section name in a # comment).'
          : 'Escape literal brackets as `\\[` and `\\]`, or spell out each alternative on its own line.',
        i,
      );
    }
  }
  const triple = pattern.indexOf('***');
  if (triple !== -1) return fail('Invalid pattern: `***` is not a wildcard.', 'Use `**` for any number of folders or `*` within one name.', triple);
  if (pattern === '/') {
    return fail('The pattern `/` never matches anything.', 'Did you mean `*` (every file) instead?');
  }
  return undefined;
}

/** Compiles a CODEOWNERS pattern (as written, escapes included) into a matcher over repository-relative file paths. */
export function compilePattern(pattern: string): CompiledPattern {
  const error = syntaxError(pattern);
  if (error) return error;
  const segments = splitSegments(pattern);
  let anchored = false;
  if (segments[0] === '') {
    anchored = true;
    segments.shift();
  }
  let dirOnly = false;
  if (segments.length > 1 && segments[segments.length - 1] === '') {
    dirOnly = true;
    segments.pop();
  }
  if (segments.some((s) => s === '')) {
    return fail('Invalid pattern: it contains an empty path segment (`//`).', 'Remove the doubled slash.', pattern.indexOf('//'));
  }
  if (segments.length > 1) anchored = true;
  let re = anchored ? '' : '(?:.*/)?';
  const last = segments.length - 1;
  segments.forEach((seg, i) => {
    const isLast = i === last;
    if (seg === '**') {
      if (i === 0 && isLast) re = '.*';
      else if (i === 0) re += '(?:.*/)?';
      else if (isLast) re += '.*';
      else re += '(?:[^/]+/)*';
      return;
    }
    re += seg === '*' ? '[^/]+' : segmentToRegExp(seg);
    if (isLast) {
      if (dirOnly) re += '/.*';
      else if (seg !== '*') re += '(?:/.*)?';
    } else {
      re += '/';
    }
  });
  return { ok: true, regex: new RegExp(`^${re}$`) };
}

/** Removes CODEOWNERS escapes: the text of the path a pattern names literally. */
export function unescapePattern(pattern: string): string {
  return pattern.replace(/\\(.)/g, '$1');
}

/** Writes a repository path as an anchored CODEOWNERS pattern that matches exactly that file. */
export function patternForFile(path: string): string {
  return '/' + path.replace(/[\\\s*?[\]]/g, (c) => `\\${c}`);
}
