import { useTranslation } from 'react-i18next';
import { useDynamicT } from '../../components/useDynamicT';
import { useLocalized } from '../../components/useLocalized';
import type { Scenario } from '../../domain/scenario';
import type { SubprojectDefinition } from '../../domain/subprojects/define';
import { findSubproject } from '../../domain/subprojects/registry';
import { deriveTeamSeed } from '../../domain/random';
import type { ClassBundle } from '../../storage/classes';

/** The seed a team's ★ data is generated from; '' while the class is still loading. */
export function teamSeedOf(bundle: ClassBundle | undefined, teamId: string): string {
  return bundle ? deriveTeamSeed(bundle.classSession.scenarioId, bundle.classSession.seed, teamId) : '';
}

/**
 * Turns evidence refs of a sub-project's criteria (e.g. 'problem:used-car-fraud')
 * into the words on the student's screen: `labels(subprojectId)(ref)`.
 */
export function useEvidenceLabels(
  scenario: Scenario | undefined,
  teamSeed: string,
): (subprojectId: string) => (ref: string) => string | undefined {
  const localized = useLocalized();
  const { t } = useTranslation();
  const dynamicT = useDynamicT();
  return (subprojectId) => {
    const definition = findSubproject(subprojectId) as SubprojectDefinition | undefined;
    const content = scenario?.subprojects.find((slot) => slot.id === subprojectId)?.content;
    return (ref) => {
      // Job-description gaps name a role and a field, both interface words rather than scenario text.
      const job = /^job:(manager|specialist|advisor):(\w+)$/.exec(ref);
      if (job) return `${t(`roles.${job[1] as 'manager'}`)} · ${dynamicT(`sp02.fields.${job[2]}`)}`;
      if (!definition?.describeEvidence || content === undefined) return undefined;
      const text = definition.describeEvidence(content, ref, teamSeed);
      return text ? localized(text) : undefined;
    };
  };
}
