/**
 * Inputs read straight from the runner's environment, as @actions/core reads them (`INPUT_<NAME>`, spaces as
 * underscores, trimmed), for the entries that must decide something before they load @actions/core.
 */
export function rawInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A list input's items: one per line or comma-separated; blank items and `#` comments dropped. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('#'));
}

/** The policy `checks` input as written; undefined when empty (every check). Validated by the policy action. */
export function checksFromEnv(): string[] | undefined {
  const names = splitList(rawInput('checks'));
  return names.length ? names : undefined;
}
