import type { z } from 'zod';
import { problemsFromZod } from '../scenario/problems';
import { checksumOf } from './canonical';

/** Every exchange file names its kind so a class pack is never read as a submission. */
export const FORMAT_PREFIX = 'crm-classroom-simulator/';

export type EnvelopeRefusal =
  | { readonly code: 'exchange.notJson' }
  | { readonly code: 'exchange.wrongKind'; readonly expected: string; readonly found: string }
  | { readonly code: 'exchange.newerFormat'; readonly found: number }
  | { readonly code: 'exchange.invalid'; readonly problems: readonly string[] }
  | { readonly code: 'exchange.badChecksum' };

/** Adds the checksum of everything else to a payload. */
export async function seal<T extends object>(payload: T): Promise<T & { checksum: string }> {
  return { ...payload, checksum: await checksumOf(payload) };
}

/**
 * Reads an exchange file: JSON, the right kind, a format this app reads, valid
 * against the schema, and an intact checksum — in that order, so the message
 * names the first thing a person can act on.
 */
export async function openEnvelope<S extends z.ZodType<{ checksum: string }>>(
  text: string,
  kind: string,
  formatVersion: number,
  schema: S,
): Promise<{ ok: true; value: z.infer<S> } | ({ ok: false } & EnvelopeRefusal)> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, code: 'exchange.notJson' };
  }
  const header = (raw ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (header.format !== `${FORMAT_PREFIX}${kind}`) {
    return {
      ok: false,
      code: 'exchange.wrongKind',
      expected: kind,
      found: String(header.format ?? '').replace(FORMAT_PREFIX, ''),
    };
  }
  if (typeof header.formatVersion === 'number' && header.formatVersion > formatVersion) {
    return { ok: false, code: 'exchange.newerFormat', found: header.formatVersion };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      code: 'exchange.invalid',
      problems: problemsFromZod(parsed.error.issues).map((problem) => `${problem.path}: ${problem.message}`),
    };
  }
  const { checksum, ...payload } = parsed.data as { checksum: string } & Record<string, unknown>;
  if ((await checksumOf(payload)) !== checksum) return { ok: false, code: 'exchange.badChecksum' };
  return { ok: true, value: parsed.data };
}
