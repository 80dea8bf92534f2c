import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { Content } from '../../../domain/subprojects/sp01-diagnosis/content';

/** After scoring: was this statement a real problem, did the team judge it right, and why. */
export function ProblemFeedback({
  problem,
  chosen,
  lever,
}: {
  problem: Content['problems'][number];
  chosen: boolean;
  lever: string | undefined;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const right = problem.real === chosen;
  const leverRight = !problem.real || (lever !== undefined && problem.levers.includes(lever));
  return (
    <p className={`feedback ${right && leverRight ? 'ok-text' : 'field-error'}`}>
      <strong>{t(problem.real ? 'sp01.feedbackReal' : 'sp01.feedbackDistractor')}</strong>
      {' · '}
      {t(right ? 'sp01.feedbackRight' : 'sp01.feedbackWrong')}
      {problem.real && chosen && !leverRight && ` · ${t('sp01.feedbackLever')}`} — {localized(problem.feedback)}
    </p>
  );
}
