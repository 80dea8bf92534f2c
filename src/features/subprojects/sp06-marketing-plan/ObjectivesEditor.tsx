import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import { createRandom } from '../../../domain/random';
import type { JsonValue } from '../../../domain/session/actions';
import {
  checkObjective,
  FIELDS,
  isBlank,
  readObjectives,
  type Objective,
} from '../../../domain/subprojects/sp06-marketing-plan/answers';
import type { Content } from '../../../domain/subprojects/sp06-marketing-plan/content';
import type { WorkspaceProps } from '../types';
import { useDraft } from '../useDraft';
import { LabelledOptionSelect } from './LabelledOptionSelect';

type Patch = Partial<Pick<Objective, 'kpi' | 'target' | 'date'>>;

const toJson = (objective: Objective): JsonValue => ({
  id: objective.id,
  ...(objective.kpi !== undefined && { kpi: objective.kpi }),
  target: objective.target,
  date: objective.date,
});

/**
 * The campaign's objectives: KPI, numeric target and due date per row, checked
 * as they are typed. Whether a KPI can be measured is the exercise, so it is
 * revealed only after scoring; the KPI bank is listed in a per-team order.
 */
export function ObjectivesEditor(props: {
  content: Content;
  objectives: readonly Objective[];
  editable: boolean;
  scored: boolean;
  save: WorkspaceProps<Content>['save'];
  teamSeed: string;
}) {
  const { content, objectives, editable, scored, save, teamSeed } = props;
  const { t } = useTranslation();
  const kpis = useMemo(() => createRandom(`${teamSeed}/sp06-kpis`).shuffle(content.kpis), [content, teamSeed]);
  const write = (change: (list: Objective[]) => Objective[]) =>
    save(FIELDS.objectives, (previous) => change(readObjectives(previous)).map(toJson));
  const add = () =>
    void write((list) => {
      const next = 1 + Math.max(0, ...list.map((objective) => Number(/^o(\d+)$/.exec(objective.id)?.[1] ?? 0)));
      return [...list, { id: `o${next}`, kpi: undefined, target: '', date: '' }];
    });
  const update = (id: string, patch: Patch) =>
    write((list) => list.map((objective) => (objective.id === id ? { ...objective, ...patch } : objective)));
  const remove = (id: string) => void write((list) => list.filter((objective) => objective.id !== id));
  const { start, end } = content.campaign;

  return (
    <section className="panel" aria-labelledby="sp06-objectives">
      <h2 id="sp06-objectives">{t('sp06.objectivesTitle')}</h2>
      <p className="muted">{t('sp06.objectivesHelp', { count: content.minObjectives, start, end })}</p>
      {objectives.length === 0 && <p className="muted">{t('sp06.noObjectives')}</p>}
      <ol className="sp06-objectives">
        {objectives.map((objective, index) => (
          <ObjectiveRow
            key={objective.id}
            content={content}
            kpis={kpis}
            objective={objective}
            number={index + 1}
            editable={editable}
            scored={scored}
            onChange={(patch) => update(objective.id, patch)}
            onRemove={() => remove(objective.id)}
          />
        ))}
      </ol>
      {editable && (
        <button type="button" className="secondary" onClick={add}>
          {t('sp06.addObjective')}
        </button>
      )}
    </section>
  );
}

function ObjectiveRow(props: {
  content: Content;
  kpis: Content['kpis'];
  objective: Objective;
  number: number;
  editable: boolean;
  scored: boolean;
  onChange: (patch: Patch) => Promise<void>;
  onRemove: () => void;
}) {
  const { content, kpis, objective, number, editable, scored } = props;
  const { t } = useTranslation();
  const localized = useLocalized();
  const { draft, change, flush } = useDraft(objective.target, (target) => props.onChange({ target }));
  const shown = { ...objective, target: draft };
  const problems = isBlank(shown) && !scored ? [] : checkObjective(content, shown, scored);
  const kpi = content.kpis.find((candidate) => candidate.id === objective.kpi);
  const name = t('sp06.objectiveN', { number });
  const { start, end } = content.campaign;
  return (
    <li className="sp06-objective" aria-label={name}>
      <div className="sp06-objective-fields">
        <LabelledOptionSelect
          label={t('sp06.kpi')}
          value={objective.kpi}
          options={kpis}
          disabled={!editable}
          onChange={(kpi) => void props.onChange({ kpi: kpi || undefined })}
        />
        <label className="field sp06-target">
          <span>{t('sp06.target')}</span>
          <input
            value={draft}
            readOnly={!editable}
            inputMode="decimal"
            aria-invalid={problems.includes('badTarget')}
            onChange={(event) => change(event.target.value)}
            onBlur={() => void flush()}
          />
        </label>
        <label className="field">
          <span>{t('sp06.date')}</span>
          <input
            type="date"
            value={objective.date}
            min={start}
            max={end}
            readOnly={!editable}
            aria-invalid={problems.includes('outsidePeriod')}
            onChange={(event) => void props.onChange({ date: event.target.value })}
          />
        </label>
        {editable && (
          <button
            type="button"
            className="secondary"
            aria-label={`${t('sp06.removeObjective')} ${name}`}
            onClick={props.onRemove}
          >
            {t('sp06.removeObjective')}
          </button>
        )}
      </div>
      {(editable || scored) && (
        <p className="sp06-objective-status">
          {problems.length === 0 && !isBlank(shown) && <span className="ok-text">{t('sp06.objectiveOk')}</span>}
          {problems
            .filter((problem) => problem !== 'vague')
            .map((problem) => (
              <span key={problem} className="field-error">
                {t(`sp06.objectiveProblems.${problem}`, { start, end })}
              </span>
            ))}
        </p>
      )}
      {scored && kpi && (
        <p className={`feedback ${kpi.measurable ? 'ok-text' : 'field-error'}`}>
          <strong>{kpi.unit ? t('sp06.measurable', { unit: localized(kpi.unit) }) : t('sp06.notMeasurable')}</strong> —{' '}
          {localized(kpi.feedback)}
        </p>
      )}
    </li>
  );
}
