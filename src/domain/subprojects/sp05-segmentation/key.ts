import type { Answers } from '../../session/replay';
import { FIELDS } from './answers';
import type { Content } from './content';
import { generate, type SegmentationData } from './generate';
import { fittingTreatments, holdsAClass } from './method';

/** The team's key answers: every key row, the key's lifetime values and every fitting treatment. */
export function keyAnswers(content: Content, teamSeed: string): Answers {
  return answersFor(content, generate(content, teamSeed));
}

/** The answers a perfect team would give for some data. */
export function answersFor(content: Content, data: SegmentationData): Answers {
  return {
    [FIELDS.results]: Object.fromEntries(
      data.key.rows.map((row) => [
        row.customer,
        { revenue: row.revenue, R: row.r, F: row.f, M: row.m, ABC: row.abc, segment: row.segment },
      ]),
    ),
    [FIELDS.clv]: data.key.top.map((top) => ({ customer: top.customer, value: top.clv.toFixed(2) })),
    [FIELDS.treatments]: Object.fromEntries(
      content.segments.map((segment) => [
        segment.id,
        [...fittingTreatments(content, segment, holdsAClass(data.key.rows, segment.id))],
      ]),
    ),
  };
}

/** The team's data as a results CSV, the way a spreadsheet would export it. */
export function keyCsv(data: SegmentationData): string {
  return [
    'customer,revenue,R,F,M,ABC,segment',
    ...data.key.rows.map((row) => [row.customer, row.revenue, row.r, row.f, row.m, row.abc, row.segment].join(',')),
  ].join('\n');
}
