import { useLocalized } from '../../components/useLocalized';
import type { Scenario } from '../../domain/scenario';
import type { SubprojectDefinition } from '../../domain/subprojects/define';
import { findSubproject } from '../../domain/subprojects/registry';

/**
 * Turns evidence refs of a sub-project's criteria (e.g. 'problem:used-car-fraud')
 * into the words on the student's screen: `labels(subprojectId)(ref)`.
 */
export function useEvidenceLabels(
  scenario: Scenario | undefined,
): (subprojectId: string) => (ref: string) => string | undefined {
  const localized = useLocalized();
  return (subprojectId) => {
    const definition = findSubproject(subprojectId) as SubprojectDefinition | undefined;
    const content = scenario?.subprojects.find((slot) => slot.id === subprojectId)?.content;
    return (ref) => {
      if (!definition?.describeEvidence || content === undefined) return undefined;
      const text = definition.describeEvidence(content, ref);
      return text ? localized(text) : undefined;
    };
  };
}
