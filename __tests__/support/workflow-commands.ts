/**
 * Reading what an action tells the runner: workflow commands on stdout (`::error file=a,line=3::msg`,
 * `::add-mask::`, `::group::`, ...) and the environment files it writes (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_STATE), with the toolkit's escaping undone.
 */

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  message: string;
}

export interface CommandLog {
  commands: WorkflowCommand[];
  annotations: Annotation[];
  /** Values registered with ::add-mask:: */
  masks: string[];
  /** Titles of ::group:: sections, in order. */
  groups: string[];
  /** Lines that are not commands (the visible log). */
  lines: string[];
}

const MESSAGE_ESCAPES: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n' };
const PROPERTY_ESCAPES: Record<string, string> = { ...MESSAGE_ESCAPES, '%3A': ':', '%2C': ',' };

function unescape(text: string, table: Record<string, string>): string {
  return text.replace(/%(?:25|0D|0A|3A|2C)/gi, (code) => table[code.toUpperCase()] ?? code);
}

/** Parses one `::name props::message` line, or returns undefined for an ordinary log line. */
export function parseCommand(line: string): WorkflowCommand | undefined {
  const m = /^::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq > 0) properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), PROPERTY_ESCAPES);
  }
  return { name: m[1], properties, message: unescape(m[3], MESSAGE_ESCAPES) };
}

function toAnnotation(command: WorkflowCommand): Annotation {
  const p = command.properties;
  const num = (key: string) => (p[key] !== undefined ? { [key]: Number(p[key]) } : {});
  return {
    level: command.name as AnnotationLevel,
    message: command.message,
    ...(p.file !== undefined ? { file: p.file } : {}),
    ...(p.title !== undefined ? { title: p.title } : {}),
    ...num('line'), ...num('endLine'), ...num('col'), ...num('endColumn'),
  };
}

/** Splits stdout into workflow commands and log lines, honouring ::stop-commands::. */
export function parseCommandLog(stdout: string): CommandLog {
  const log: CommandLog = { commands: [], annotations: [], masks: [], groups: [], lines: [] };
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      else log.lines.push(line);
      continue;
    }
    const command = parseCommand(line);
    if (!command) {
      log.lines.push(line);
      continue;
    }
    log.commands.push(command);
    if (command.name === 'error' || command.name === 'warning' || command.name === 'notice') log.annotations.push(toAnnotation(command));
    else if (command.name === 'add-mask') log.masks.push(command.message);
    else if (command.name === 'group') log.groups.push(command.message);
    else if (command.name === 'stop-commands') stopToken = command.message;
  }
  return log;
}

/** Parses an environment file (`name=value` lines and `name<<DELIMITER` blocks). */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      if (end === -1) throw new Error(`unterminated value for ${heredoc[1]} (delimiter ${heredoc[2]})`);
      values[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`malformed environment file line: ${line}`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}
