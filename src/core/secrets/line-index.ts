/** Offset → 1-based line/column for one text, with the newline table built only when first asked. */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(readonly text: string) {}

  private lineStarts(): number[] {
    if (!this.starts) {
      const starts = [0];
      let i = this.text.indexOf('\n');
      while (i !== -1) {
        starts.push(i + 1);
        i = this.text.indexOf('\n', i + 1);
      }
      this.starts = starts;
    }
    return this.starts;
  }

  /** 1-based line of an offset. */
  lineAt(offset: number): number {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 1-based column of an offset. */
  columnAt(offset: number): number {
    return offset - this.lineStarts()[this.lineAt(offset) - 1] + 1;
  }

  /** Text of a 1-based line without its line break, or '' when out of range. */
  line(line: number): string {
    const starts = this.lineStarts();
    if (line < 1 || line > starts.length) return '';
    const start = starts[line - 1];
    const end = line < starts.length ? starts[line] - 1 : this.text.length;
    const text = this.text.slice(start, end);
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }
}
