import { useTranslation } from 'react-i18next';

/**
 * Translation by a key computed at run time (criterion explanations, refusal
 * codes from the domain). Typed keys cannot check these; the resource tests
 * and the e2e raw-key check do.
 */
export function useDynamicT(): (key: string, options?: Record<string, unknown>) => string {
  const { t } = useTranslation();
  return t as unknown as (key: string, options?: Record<string, unknown>) => string;
}
