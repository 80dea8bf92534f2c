import { ROLES } from '../../roles';
import type { Answers } from '../../session/replay';
import { fillerText } from '../filler';
import { FIELDS } from './answers';
import { JOB_FIELDS, type Content } from './content';

/** The right reporting line, the department's duties each with a role that may own it, full job descriptions. */
export function keyAnswers(content: Content): Answers {
  const real = content.duties.filter((duty) => duty.area !== null);
  return {
    [FIELDS.reportingLine]: content.reportingLines.find((line) => line.correct)?.id ?? null,
    [FIELDS.duties]: real.map((duty) => duty.id),
    [FIELDS.owners]: Object.fromEntries(real.map((duty) => [duty.id, duty.owners[0] ?? 'manager'])),
    ...Object.fromEntries(
      ROLES.map((role) => [
        FIELDS.job(role),
        Object.fromEntries(JOB_FIELDS.map((field) => [field, fillerText(content.jobMinChars)])),
      ]),
    ),
  };
}
