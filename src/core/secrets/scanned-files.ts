/**
 * Which repository files the secret scan reads: every text file. Credentials end up in READMEs, scripts,
 * Terraform and source files as much as in YAML, so the list is of what is skipped (binary formats by
 * extension); the repository reader additionally drops anything with NUL bytes or invalid UTF-8.
 */
const BINARY_EXTENSIONS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'icns', 'webp', 'avif', 'tif', 'tiff', 'psd',
  'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar', 'tar', 'jar', 'war', 'ear', 'whl', 'nupkg', 'deb', 'rpm', 'apk', 'dmg', 'iso',
  'woff', 'woff2', 'ttf', 'otf', 'eot',
  'mp3', 'mp4', 'm4a', 'wav', 'ogg', 'flac', 'mov', 'avi', 'mkv', 'webm',
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt',
  'exe', 'dll', 'so', 'dylib', 'a', 'o', 'obj', 'class', 'pyc', 'wasm', 'bin', 'dat', 'db', 'sqlite',
]);

/** True for files the secret scan reads (text files; images, archives, fonts, media and binaries are skipped). */
export function isScannedTextFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return true;
  return !BINARY_EXTENSIONS.has(base.slice(dot + 1).toLowerCase());
}

/** YAML files (judged structurally as well as as text). */
export function isYamlFile(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}
