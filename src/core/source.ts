/** A file as the shell hands it to the core: repository-relative path and raw bytes or text. */
export interface SourceFile {
  /** Repository-relative path with forward slashes. */
  path: string;
  /** Decoded UTF-8 text. */
  text: string;
}
