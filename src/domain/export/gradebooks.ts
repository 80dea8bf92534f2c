import type { Criterion } from '../scoring/criterion';
import type { IndividualAdjustment, SubprojectGrade } from '../scoring/grades';
import type { Student } from '../session/types';
import { toCsv, type CsvCell, type CsvOptions } from './csv';

/** One student's row of the class grade sheet. */
export interface StudentGrades {
  readonly student: Student;
  readonly teamNumber: number;
  /** In the same order as GradeSheet.subprojects. */
  readonly grades: readonly SubprojectGrade[];
  readonly adjustments: readonly IndividualAdjustment[];
  /** Course total (team points + adjustments, 0–100). */
  readonly total: number;
}

export interface GradeSheet {
  /** Column labels per sub-project, in the export's language, e.g. "01 企业CRM诊断". */
  readonly subprojects: readonly { readonly id: string; readonly label: string }[];
  readonly students: readonly StudentGrades[];
}

const points = (grade: SubprojectGrade | undefined): CsvCell => grade?.final ?? null;
const adjustmentSum = (row: StudentGrades) => row.adjustments.reduce((sum, adjustment) => sum + adjustment.points, 0);

/**
 * Moodle's grade import: one identity column Moodle can match (the student's
 * ID number, or the email), one column per sub-project, and the total.
 */
export function moodleCsv(sheet: GradeSheet, identity: 'idnumber' | 'email', options?: CsvOptions): string {
  const header = [
    identity === 'idnumber' ? 'ID number' : 'Email address',
    ...sheet.subprojects.map((sp) => sp.label),
    'Course total',
  ];
  const rows = sheet.students.map((row) => [
    identity === 'idnumber' ? (row.student.lms?.moodleIdNumber ?? row.student.id) : (row.student.email ?? ''),
    ...sheet.subprojects.map((_, index) => points(row.grades[index])),
    row.total,
  ]);
  return toCsv([header, ...rows], options);
}

/**
 * Canvas's gradebook import: the five identity columns Canvas exports, then one
 * column per sub-project. Students imported from a Canvas export keep its ids.
 */
export function canvasCsv(sheet: GradeSheet, options?: CsvOptions): string {
  const header = [
    'Student',
    'ID',
    'SIS User ID',
    'SIS Login ID',
    'Section',
    ...sheet.subprojects.map((sp) => sp.label),
  ];
  const rows = sheet.students.map((row) => {
    const lms = row.student.lms;
    return [
      row.student.name,
      lms?.canvasId ?? '',
      lms?.sisUserId ?? row.student.id,
      lms?.sisLoginId ?? '',
      lms?.section ?? '',
      ...sheet.subprojects.map((_, index) => points(row.grades[index])),
    ];
  });
  return toCsv([header, ...rows], options);
}

/** Column headers of the plain export, in the interface language. */
export interface PlainHeaders {
  readonly studentId: string;
  readonly name: string;
  readonly email: string;
  readonly team: string;
  readonly adjustment: string;
  readonly total: string;
}

/** A plain, Excel-friendly sheet: identity, team, one column per sub-project, adjustment, total. */
export function plainCsv(sheet: GradeSheet, headers: PlainHeaders, options?: CsvOptions): string {
  const header = [
    headers.studentId,
    headers.name,
    headers.email,
    headers.team,
    ...sheet.subprojects.map((sp) => sp.label),
    headers.adjustment,
    headers.total,
  ];
  const rows = sheet.students.map((row) => [
    row.student.id,
    row.student.name,
    row.student.email ?? '',
    row.teamNumber,
    ...sheet.subprojects.map((_, index) => points(row.grades[index])),
    adjustmentSum(row),
    row.total,
  ]);
  return toCsv([header, ...rows], options);
}

export interface CriteriaHeaders extends Pick<PlainHeaders, 'studentId' | 'name' | 'team'> {
  readonly subproject: string;
  readonly criterion: string;
  readonly autoPoints: string;
  readonly override: string;
  readonly reason: string;
  readonly max: string;
  /** The criterion name used for each sub-project's total row. */
  readonly totalRow: string;
}

/**
 * The long per-criterion sheet for appeals and moderation: for every student
 * and sub-project, one row per criterion (its automatic points and maximum) and
 * a total row that carries the override and its reason when there is one.
 * Criteria are named by id; `criterionLabel` may turn ids into readable names.
 */
export function criteriaCsv(
  sheet: GradeSheet,
  headers: CriteriaHeaders,
  criterionLabel: (criterion: Criterion) => string = (criterion) => criterion.id,
  options?: CsvOptions,
): string {
  const header = [
    headers.team,
    headers.studentId,
    headers.name,
    headers.subproject,
    headers.criterion,
    headers.autoPoints,
    headers.override,
    headers.reason,
    headers.max,
  ];
  const rows: CsvCell[][] = [];
  for (const row of sheet.students) {
    sheet.subprojects.forEach((subproject, index) => {
      const grade = row.grades[index];
      const identity = [row.teamNumber, row.student.id, row.student.name, subproject.label];
      for (const criterion of grade?.counting?.criteria ?? []) {
        rows.push([
          ...identity,
          criterionLabel(criterion),
          criterion.status === 'pending' ? null : criterion.earned,
          null,
          null,
          criterion.max,
        ]);
      }
      rows.push([
        ...identity,
        headers.totalRow,
        grade?.auto ?? null,
        grade?.override?.points ?? null,
        grade?.override?.reason ?? null,
        grade?.weight ?? null,
      ]);
    });
  }
  return toCsv([header, ...rows], options);
}
