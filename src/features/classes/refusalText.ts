/** Parameters of an exchange refusal, flattened for its translated message. */
export function refusalParams(file: string, refusal: Record<string, unknown>): Record<string, unknown> {
  const params: Record<string, unknown> = { file };
  for (const [key, value] of Object.entries(refusal)) {
    if (key === 'ok' || key === 'code') continue;
    params[key] = Array.isArray(value) ? value.join('；') : value;
  }
  return params;
}
