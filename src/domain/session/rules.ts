import type { SubprojectDefinition } from '../subprojects/define';
import { SUBPROJECTS } from '../subprojects/registry';
import type { ClassSession } from './class';
import { DEFAULT_GATES } from './lifecycle';
import type { ActionRules } from './replay';

/**
 * The lifecycle rules of a class: each sub-project's gates from the registry
 * (the manager submits where a sub-project sets none), the class's
 * resubmission policy, and what its schedule has open. The app, the import
 * check and the command line all take them from here.
 */
export function classRules(
  classSession: ClassSession,
  registry: readonly Pick<SubprojectDefinition, 'id' | 'gates'>[] = SUBPROJECTS,
): ActionRules {
  return {
    gatesOf: (id) => registry.find((definition) => definition.id === id)?.gates ?? DEFAULT_GATES,
    resubmission: classSession.resubmission,
    isOpen: (id) => classSession.subprojects.find((entry) => entry.id === id)?.open ?? false,
  };
}
