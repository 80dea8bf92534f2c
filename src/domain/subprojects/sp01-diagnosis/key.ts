import type { Answers } from '../../session/replay';
import { fillerText } from '../filler';
import { FIELDS } from './answers';
import type { Content } from './content';

/** The real problems, each with its first lever, and every memo part long enough. */
export function keyAnswers(content: Content): Answers {
  const real = content.problems.filter((problem) => problem.real);
  return {
    [FIELDS.problems]: real.map((problem) => problem.id),
    [FIELDS.levers]: Object.fromEntries(real.map((problem) => [problem.id, problem.levers[0] ?? ''])),
    [FIELDS.memo]: Object.fromEntries(content.memoParts.map((part) => [part.id, fillerText(part.minChars)])),
  };
}
