import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.yaml`/`.yml` file below `dir`, as absolute paths in directory order. */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}
