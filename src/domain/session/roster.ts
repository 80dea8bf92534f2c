import Papa from 'papaparse';
import { ROLES, type Role } from '../roles';
import type { LmsIdentity, Student } from './types';

/** A roster row that passed the checks: the student and what the file said about team and role. */
export interface RosterEntry {
  readonly line: number;
  readonly student: Student;
  readonly team?: string;
  readonly role?: Role;
}

export type RosterErrorCode =
  | 'roster.missingId'
  | 'roster.missingName'
  | 'roster.duplicateId'
  | 'roster.badEmail'
  | 'roster.badRole'
  | 'roster.badRow';

/** A row that was not imported, with its line in the file (1 = the header) and why. */
export interface RosterError {
  readonly line: number;
  readonly code: RosterErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export type RosterFormat = 'plain' | 'moodle' | 'canvas';

export type RosterResult =
  | {
      readonly ok: true;
      readonly format: RosterFormat;
      readonly entries: readonly RosterEntry[];
      readonly errors: readonly RosterError[];
    }
  | {
      readonly ok: false;
      readonly code: 'roster.empty' | 'roster.noIdColumn' | 'roster.noNameColumn';
      readonly columns: readonly string[];
    };

/** Header names people actually use, in both languages, lower-cased. */
const ALIASES = {
  id: ['student id', 'studentid', 'student number', 'student no', 'id', '学号', '学生编号', 'id number', 'idnumber'],
  name: ['name', 'full name', 'student name', '姓名', '学生姓名'],
  email: ['email', 'e-mail', 'email address', '邮箱', '电子邮箱', '电子邮件'],
  team: ['team', 'group', 'team id', '小组', '组别', '组', '组号'],
  role: ['role', '岗位', '角色'],
} as const;

const ROLE_WORDS: Readonly<Record<string, Role>> = {
  manager: 'manager',
  specialist: 'specialist',
  advisor: 'advisor',
  adviser: 'advisor',
  经理: 'manager',
  客户服务经理: 'manager',
  专员: 'specialist',
  客户服务专员: 'specialist',
  顾问: 'advisor',
  客户服务顾问: 'advisor',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const normalise = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
const CJK = /[\u3400-\u9fff]/;

interface ParsedRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** Parses CSV text into rows that remember their first line (quoted line breaks included). */
function parseRows(text: string): ParsedRow[] {
  const source = text.replace(/^\uFEFF/, '');
  const rows: ParsedRow[] = [];
  let start = 0;
  Papa.parse<string[]>(source, {
    skipEmptyLines: false,
    step: (result) => {
      const line = source.slice(0, start).split('\n').length;
      start = result.meta.cursor;
      // Skip the line break that ends this row before the next row starts.
      while (source[start] === '\r' || source[start] === '\n') {
        if (source[start] === '\n') {
          start += 1;
          break;
        }
        start += 1;
      }
      const cells = result.data.map((cell) => cell.trim());
      if (cells.some((cell) => cell !== '')) rows.push({ line, cells });
    },
  });
  return rows;
}

function findColumn(headers: readonly string[], names: readonly string[]): number {
  return headers.findIndex((header) => names.includes(header));
}

function detectFormat(headers: readonly string[]): RosterFormat {
  if (headers.includes('sis user id') || (headers.includes('student') && headers.includes('section'))) return 'canvas';
  if (headers.includes('first name') && (headers.includes('surname') || headers.includes('last name'))) return 'moodle';
  return 'plain';
}

/** Moodle splits names; Chinese names read family name first with no space. */
function joinName(first: string, last: string): string {
  if (CJK.test(first) || CJK.test(last)) return `${last}${first}`;
  return [first, last].filter(Boolean).join(' ');
}

/**
 * Reads a class roster from CSV: a plain list (student id, name, email, team,
 * role — headers in Chinese or English), a Moodle user or grade export, or a
 * Canvas gradebook export (its LMS identifiers are kept for the grade export).
 * Good rows are kept; every bad row is reported with its line and reason.
 * @example parseRoster('学号,姓名\n2024001,张三').entries[0].student.name // '张三'
 */
export function parseRoster(text: string): RosterResult {
  const [header, ...body] = parseRows(text);
  if (!header) return { ok: false, code: 'roster.empty', columns: [] };
  const headers = header.cells.map(normalise);
  const format = detectFormat(headers);
  const column = (names: readonly string[]) => findColumn(headers, names);

  const idColumn =
    format === 'canvas'
      ? column(['sis user id'])
      : format === 'moodle'
        ? column(['id number', 'idnumber'])
        : column(ALIASES.id);
  const canvasIdColumn = format === 'canvas' ? column(['id']) : -1;
  const nameColumn = format === 'canvas' ? column(['student']) : column(ALIASES.name);
  const firstColumn = column(['first name']);
  const lastColumn = column(['surname', 'last name']);
  const emailColumn = column(ALIASES.email);
  const teamColumn = column(ALIASES.team);
  const roleColumn = column(ALIASES.role);
  const sisLoginColumn = column(['sis login id']);
  const sectionColumn = column(['section']);

  if (idColumn < 0 && canvasIdColumn < 0 && emailColumn < 0)
    return { ok: false, code: 'roster.noIdColumn', columns: header.cells };
  if (nameColumn < 0 && (firstColumn < 0 || lastColumn < 0))
    return { ok: false, code: 'roster.noNameColumn', columns: header.cells };

  const entries: RosterEntry[] = [];
  const errors: RosterError[] = [];
  const firstLineOf = new Map<string, number>();

  for (const { line, cells } of body) {
    const cell = (index: number) => (index >= 0 ? (cells[index] ?? '') : '');
    // Canvas puts a "Points Possible" row (and sometimes a test student) under the header.
    if (format === 'canvas' && /points possible/i.test(cell(nameColumn))) continue;
    if (cells.length < headers.length && cells.length === 1) {
      errors.push({ line, code: 'roster.badRow', params: { columns: cells.length, expected: headers.length } });
      continue;
    }
    const email = cell(emailColumn);
    // Moodle exports may leave "ID number" empty; the email then identifies the student.
    const id = cell(idColumn) || cell(canvasIdColumn) || (format !== 'plain' ? email : '');
    const name = nameColumn >= 0 ? cell(nameColumn) : joinName(cell(firstColumn), cell(lastColumn));
    const roleText = cell(roleColumn);
    const role = roleText ? ROLE_WORDS[roleText.toLowerCase()] : undefined;

    if (!id) errors.push({ line, code: 'roster.missingId', params: {} });
    else if (!name) errors.push({ line, code: 'roster.missingName', params: { id } });
    else if (firstLineOf.has(id))
      errors.push({ line, code: 'roster.duplicateId', params: { id, firstLine: firstLineOf.get(id) ?? 0 } });
    else if (email && !EMAIL.test(email)) errors.push({ line, code: 'roster.badEmail', params: { id, email } });
    else if (roleText && !role)
      errors.push({ line, code: 'roster.badRole', params: { id, role: roleText, allowed: ROLES.join(', ') } });
    else {
      firstLineOf.set(id, line);
      const lms: LmsIdentity = {
        ...(cell(canvasIdColumn) && { canvasId: cell(canvasIdColumn) }),
        ...(format === 'canvas' && cell(idColumn) && { sisUserId: cell(idColumn) }),
        ...(cell(sisLoginColumn) && { sisLoginId: cell(sisLoginColumn) }),
        ...(format === 'canvas' && cell(sectionColumn) && { section: cell(sectionColumn) }),
        ...(format === 'moodle' && cell(idColumn) && { moodleIdNumber: cell(idColumn) }),
      };
      const student: Student = {
        id,
        name,
        ...(email && { email }),
        ...(Object.keys(lms).length > 0 && { lms }),
      };
      entries.push({ line, student, ...(cell(teamColumn) && { team: cell(teamColumn) }), ...(role && { role }) });
    }
  }
  return { ok: true, format, entries, errors };
}
