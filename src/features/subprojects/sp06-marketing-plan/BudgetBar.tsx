import { useTranslation } from 'react-i18next';
import { useFormat } from './format';

/** Budget used so far, as a bar that turns red with a clear message once the plan spends more than the budget. */
export function BudgetBar({ spend, budget }: { spend: number; budget: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const over = spend > budget;
  const percent = budget > 0 ? Math.round((spend / budget) * 100) : 0;
  return (
    <div className={`sp06-budget${over ? ' over' : ''}`} data-testid="sp06-budget">
      <div
        className="sp06-budget-track"
        role="meter"
        aria-label={t('sp06.budgetLabel')}
        aria-valuemin={0}
        aria-valuemax={budget}
        aria-valuenow={Math.round(spend)}
        aria-valuetext={`${percent}%`}
      >
        <div className="sp06-budget-fill" style={{ width: `${Math.min(100, percent)}%` }} />
      </div>
      <p>
        {t('sp06.budgetBar', { spend: format.money(spend), budget: format.money(budget), percent })}{' '}
        {over ? (
          <strong className="field-error" role="status">
            {t('sp06.budgetOver', { over: format.money(spend - budget) })}
          </strong>
        ) : (
          <span className="ok-text">{t('sp06.budgetLeft', { left: format.money(budget - spend) })}</span>
        )}
      </p>
    </div>
  );
}
