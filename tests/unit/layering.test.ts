/**
 * The domain layer must not import UI, storage, state, i18n or browser APIs.
 * These tests prove the lint rule that enforces it actually fires.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function domainErrors(code: string, filePath = 'src/domain/scoring/example.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.severity === 2)
    .map((message) => message.ruleId ?? message.message);
}

describe('domain layering rule', () => {
  it.each([
    "import { useState } from 'react';\nexport const x = useState;",
    "import Dexie from 'dexie';\nexport const x = Dexie;",
    "import { create } from 'zustand';\nexport const x = create;",
    "import i18next from 'i18next';\nexport const x = i18next;",
    "import { useTranslation } from 'react-i18next';\nexport const x = useTranslation;",
    "import { db } from '../../storage';\nexport const x = db;",
    "import { useCatalogStore } from '../../state/catalog-store';\nexport const x = useCatalogStore;",
    "import { Layout } from '../../app/Layout';\nexport const x = Layout;",
  ])(
    'rejects %s',
    async (code) => {
      expect(await domainErrors(code)).toContain('no-restricted-imports');
    },
    30_000,
  );

  it('rejects browser globals in the domain', async () => {
    expect(
      await domainErrors('export const width = window.innerWidth;\nexport const n = localStorage.length;'),
    ).toEqual(['no-restricted-globals', 'no-restricted-globals']);
  }, 30_000);

  it('allows pure imports inside the domain and the same imports outside it', async () => {
    expect(
      await domainErrors("import { z } from 'zod';\nimport { ROLES } from '../roles';\nexport const x = [z, ROLES];"),
    ).toEqual([]);
    expect(
      await domainErrors("import { useState } from 'react';\nexport const x = useState;", 'src/features/example.ts'),
    ).toEqual([]);
  }, 30_000);
});
