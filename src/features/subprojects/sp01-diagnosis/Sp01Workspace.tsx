import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import { createRandom } from '../../../domain/random';
import { FIELDS, readAnswers } from '../../../domain/subprojects/sp01-diagnosis/answers';
import type { Content } from '../../../domain/subprojects/sp01-diagnosis/content';
import type { WorkspaceProps } from '../types';
import { OptionSelect } from '../OptionSelect';
import { useShownAnswer } from '../useShownAnswer';
import { MemoPart } from './MemoPart';
import { ProblemFeedback } from './ProblemFeedback';

/**
 * Sub-project 1: tick the company's real CRM problems, give each a lever, write
 * the memo. Options are shown in an order drawn from the team's seed, so two
 * teams' lists differ and answers cannot be copied by position.
 */
export default function Sp01Workspace({ content, answers, editable, save, teamSeed, result }: WorkspaceProps<Content>) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const team = readAnswers(answers);
  // Ticks show at once; the stored list takes over as soon as the database has it.
  const [shownProblems, showProblems] = useShownAnswer(answers, team.problems);
  const order = useMemo(() => {
    const random = createRandom(`${teamSeed}/sp01-order`);
    return { problems: random.shuffle(content?.problems ?? []), levers: random.shuffle(content?.levers ?? []) };
  }, [content, teamSeed]);
  if (!content) return <p className="notice">{t('sp01.noContent')}</p>;

  const toggle = (id: string, checked: boolean) => {
    const others = shownProblems.filter((problem) => problem !== id);
    showProblems(checked ? [...others, id] : others);
    void save(FIELDS.problems, (previous) => {
      const list = readAnswers({ problems: previous }).problems.filter((problem) => problem !== id);
      return checked ? [...list, id] : list;
    });
  };
  const setEntry = (field: 'levers' | 'memo', key: string, value: string) =>
    save(FIELDS[field], (previous) => {
      const record = { ...readAnswers({ [field]: previous })[field] };
      if (value === '') delete record[key];
      else record[key] = value;
      return record;
    });
  const leverOptions = order.levers.map((lever) => ({ id: lever.id, label: lever.text }));
  const chosen = order.problems.filter((problem) => shownProblems.includes(problem.id));

  return (
    <div className="workspace" data-testid="sp01-workspace">
      <section className="panel" aria-labelledby="sp01-problems">
        <h2 id="sp01-problems">{t('sp01.problemsTitle')}</h2>
        <p className="muted">{t('sp01.problemsHelp')}</p>
        <ul className="option-list">
          {order.problems.map((problem) => (
            <li key={problem.id}>
              <label className="choice-line">
                <input
                  type="checkbox"
                  checked={shownProblems.includes(problem.id)}
                  disabled={!editable}
                  onChange={(event) => toggle(problem.id, event.target.checked)}
                />
                {localized(problem.text)}
              </label>
              {result && (
                <ProblemFeedback
                  problem={problem}
                  chosen={team.problems.includes(problem.id)}
                  lever={team.levers[problem.id]}
                />
              )}
            </li>
          ))}
        </ul>
      </section>

      <section className="panel" aria-labelledby="sp01-levers">
        <h2 id="sp01-levers">{t('sp01.leversTitle')}</h2>
        {chosen.length === 0 ? (
          <p className="muted">{t('sp01.leversEmpty')}</p>
        ) : (
          <table className="compact">
            <tbody>
              {chosen.map((problem) => (
                <tr key={problem.id}>
                  <td>{localized(problem.text)}</td>
                  <td>
                    <OptionSelect
                      label={`${t('sp01.leverFor')} ${localized(problem.text)}`}
                      value={team.levers[problem.id] ?? ''}
                      placeholder={t('sp01.chooseLever')}
                      options={leverOptions}
                      disabled={!editable}
                      onChange={(lever) => void setEntry('levers', problem.id, lever)}
                    />
                    {editable && team.levers[problem.id] === undefined && (
                      <span className="field-error"> {t('sp01.leverMissing')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="panel" aria-labelledby="sp01-memo">
        <h2 id="sp01-memo">{t('sp01.memoTitle')}</h2>
        {content.memoParts.map((part) => (
          <MemoPart
            key={part.id}
            part={part}
            stored={team.memo[part.id] ?? ''}
            editable={editable}
            onSave={(text) => setEntry('memo', part.id, text)}
          />
        ))}
      </section>
    </div>
  );
}
