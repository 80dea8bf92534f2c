import type { z } from 'zod';

/**
 * Reports every repeated id in a list at its JSON path ('…[3].id: duplicate id "x"'),
 * for the scenario and for each sub-project's content checks. True when one was found.
 */
export function reportDuplicateIds(
  list: readonly { id: string }[],
  path: readonly (string | number)[],
  ctx: z.RefinementCtx,
): boolean {
  const seen = new Set<string>();
  let found = false;
  list.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `duplicate id "${item.id}"` });
      found = true;
    }
    seen.add(item.id);
  });
  return found;
}
