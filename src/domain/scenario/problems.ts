import type { z } from 'zod';

/** One thing wrong with a scenario file, located by its JSON path. */
export interface ScenarioProblem {
  /** e.g. `subprojects[4].points`; `(root)` for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

/**
 * Formats a path the way people write it in JavaScript.
 * @example formatPath(['subprojects', 4, 'points']) // 'subprojects[4].points'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let result = '';
  for (const segment of path) {
    if (typeof segment === 'number') result += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment))
      result += result ? `.${segment}` : segment;
    else result += `[${JSON.stringify(String(segment))}]`;
  }
  return result || '(root)';
}

/** Turns zod issues into problems, each with its full path, in document order. */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[]): ScenarioProblem[] {
  return issues.flatMap((issue) => {
    // zod reports every unknown key of one object in one issue; authors fix them one by one.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: 'unknown key (check the spelling)',
      }));
    }
    // The only discriminated union in the format is the sub-project slot list, keyed by id.
    if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
      return [{ path: formatPath(issue.path), message: 'not a known sub-project id' }];
    }
    return [{ path: formatPath(issue.path), message: issue.message.replace(/^Invalid input: /, '') }];
  });
}

/**
 * Locates a JSON syntax error. Engines report a character position in
 * different words, so the position is read from the message and turned into a line.
 */
export function problemFromJsonError(source: string, error: unknown): ScenarioProblem {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return { path: '(root)', message: `not valid JSON: ${message}` };
  const before = source.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return {
    path: '(root)',
    message: `not valid JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position.*$/, '')}`,
  };
}
