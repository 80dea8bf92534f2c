import type { ScenarioProblem } from '../domain/scenario';

/** Scenario-file problems as `path: message`, in file order; paths stay in code font. */
export function ProblemList({ problems }: { problems: readonly ScenarioProblem[] }) {
  return (
    <ul className="problem-list">
      {problems.map((problem, index) => (
        <li key={`${problem.path}-${index}`}>
          <code>{problem.path}</code>: {problem.message}
        </li>
      ))}
    </ul>
  );
}
