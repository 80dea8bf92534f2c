import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers as the interface language writes them: money in whole yuan, unit costs to the fen, ROI in percent. */
export function useFormat() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const whole = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
    const fine = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
    const tenth = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
    return {
      money: (value: number) => whole.format(value),
      unitCost: (value: number) => fine.format(value),
      count: (value: number) => tenth.format(value),
      percent: (value: number) => `${whole.format(value * 100)}%`,
    };
  }, [i18n.language]);
}
