import { diagnosis } from './sp01-diagnosis';
import { department } from './sp02-department';
import { prospecting } from './sp03-prospecting';
import { customerFile } from './sp04-customer-file';
import { segmentation } from './sp05-segmentation';
import { marketingPlan } from './sp06-marketing-plan';
import { channels } from './sp07-channels';
import { pipeline } from './sp08-pipeline';
import { satisfaction } from './sp09-satisfaction';
import { complaints } from './sp10-complaints';
import { churn } from './sp11-churn';
import { implementation } from './sp12-implementation';

/**
 * The twelve sub-projects in course order. Adding a thirteenth means a domain
 * folder, a feature folder and one line here.
 */
export const SUBPROJECTS = [
  diagnosis,
  department,
  prospecting,
  customerFile,
  segmentation,
  marketingPlan,
  channels,
  pipeline,
  satisfaction,
  complaints,
  churn,
  implementation,
] as const;

export type SubprojectId = (typeof SUBPROJECTS)[number]['id'];
export const SUBPROJECT_IDS = SUBPROJECTS.map((definition) => definition.id) as readonly SubprojectId[];

/** Looks a sub-project up by id; undefined for an unknown id. */
export function findSubproject(id: string): (typeof SUBPROJECTS)[number] | undefined {
  return SUBPROJECTS.find((definition) => definition.id === id);
}
