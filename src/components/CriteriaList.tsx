import { useTranslation } from 'react-i18next';
import { ROLES } from '../domain/roles';
import type { Criterion, ExplanationParam } from '../domain/scoring/criterion';
import { useDynamicT } from './useDynamicT';

/** Role ids inside explanation parameters are shown as role names. */
function useParams(): (params: Readonly<Record<string, ExplanationParam>>) => Record<string, unknown> {
  const { t } = useTranslation();
  return (params) =>
    Object.fromEntries(
      Object.entries(params).map(([name, value]) => {
        if (typeof value === 'string' && (ROLES as readonly string[]).includes(value))
          return [name, t(`roles.${value as (typeof ROLES)[number]}`)];
        if (Array.isArray(value)) return [name, value.join('、')];
        if (/At$|deadline/.test(name) && typeof value === 'number') return [name, new Date(value)];
        return [name, value];
      }),
    );
}

/** Every criterion with its points and the explanation that names the evidence. */
export function CriteriaList({
  criteria,
  describe,
}: {
  criteria: readonly Criterion[];
  describe?: ((ref: string) => string | undefined) | undefined;
}) {
  const { t } = useTranslation();
  const dynamicT = useDynamicT();
  const params = useParams();
  return (
    <ul className="criteria" data-testid="criteria">
      {criteria.map((criterion) => (
        <li key={criterion.id} className={`criterion ${criterion.status}`}>
          <span className="criterion-points">
            {criterion.status === 'pending'
              ? t('criteria.pending')
              : t('criteria.earned', { earned: criterion.earned, max: criterion.max })}
          </span>
          <span>
            {dynamicT(criterion.explanation.key, params(criterion.explanation.params))}
            {criterion.evidence.length > 0 && (
              <span className="evidence">
                {criterion.evidence
                  .filter((item) => item.verdict !== 'correct')
                  .map((item) =>
                    t('criteria.evidenceItem', {
                      name: describe?.(item.ref) ?? item.ref,
                      verdict: t(`criteria.evidence.${item.verdict}`),
                    }),
                  )
                  .join(t('criteria.evidenceSeparator'))}
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
