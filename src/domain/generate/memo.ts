/**
 * Keeps the last few generated data sets per content object, so the workspace,
 * the scorer and the evidence labels that all regenerate a team's data from its
 * seed do the work once. Generation is pure, so caching cannot change a result.
 */
export function memoizeGenerator<Content extends object, Data>(
  generate: (content: Content, teamSeed: string) => Data,
  size = 16,
): (content: Content, teamSeed: string) => Data {
  const caches = new WeakMap<Content, Map<string, Data>>();
  return (content, teamSeed) => {
    let cache = caches.get(content);
    if (!cache) {
      cache = new Map();
      caches.set(content, cache);
    }
    const hit = cache.get(teamSeed);
    if (hit !== undefined) return hit;
    const data = generate(content, teamSeed);
    if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    cache.set(teamSeed, data);
    return data;
  };
}
