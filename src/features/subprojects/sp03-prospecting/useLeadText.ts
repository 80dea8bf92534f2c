import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/useLocalized';
import type { Attribute, Condition, Content } from '../../../domain/subprojects/sp03-prospecting/content';
import type { Lead } from '../../../domain/subprojects/sp03-prospecting/generate';
import { failedConditions, type AttributeValue } from '../../../domain/subprojects/sp03-prospecting/rule';

/** Words for attribute values, rule conditions and the reasons a lead fails, in the interface language. */
export function useLeadText(content: Content) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const attributeOf = (id: string) => content.attributes.find((attribute) => attribute.id === id);

  const valueText = (attribute: Attribute, value: AttributeValue | undefined): string => {
    if (attribute.kind === 'number') return `${value ?? ''} ${localized(attribute.unit)}`;
    const found = attribute.values.find((candidate) => candidate.id === value);
    return found ? localized(found.label) : '';
  };

  const conditionText = (condition: Condition): string => {
    const attribute = attributeOf(condition.attribute);
    if (!attribute) return condition.attribute;
    const name = localized(attribute.label);
    if (attribute.kind === 'category') {
      const values = attribute.values.filter((value) => condition.oneOf?.includes(value.id));
      return t('sp03.condition.oneOf', {
        attribute: name,
        values: values.map((value) => localized(value.label)).join(t('sp03.condition.valueSeparator')),
      });
    }
    const unit = localized(attribute.unit);
    if (condition.atLeast !== undefined && condition.atMost !== undefined)
      return t('sp03.condition.between', { attribute: name, min: condition.atLeast, max: condition.atMost, unit });
    if (condition.atLeast !== undefined)
      return t('sp03.condition.atLeast', { attribute: name, value: condition.atLeast, unit });
    return t('sp03.condition.atMost', { attribute: name, value: condition.atMost ?? '', unit });
  };

  /** Why a lead does not qualify: each failed condition with the lead's own value. */
  const reasons = (lead: Lead): string =>
    failedConditions(content.rule, lead.values)
      .map((condition) => {
        const attribute = attributeOf(condition.attribute);
        return t('sp03.reason', {
          attribute: attribute ? localized(attribute.label) : condition.attribute,
          value: attribute ? valueText(attribute, lead.values[attribute.id]) : '',
          condition: conditionText(condition),
        });
      })
      .join(t('sp03.reasonSeparator'));

  const leadLabel = (lead: Lead): string =>
    lead.firm ? `${lead.id} ${localized(lead.firm)}` : `${lead.id} ${localized(lead.name.full)}`;

  return { valueText, conditionText, reasons, leadLabel };
}
