import { describe, expect, it } from 'vitest';
import { SUBPROJECTS } from '../domain/subprojects/registry';
import { PROJECT_GROUPS } from '../domain/subprojects/define';
import { ROLES } from '../domain/roles';
import { en } from './en';
import { zhCN } from './zh-CN';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [childPath, childValue] of flatten(value, path)) entries.set(childPath, childValue);
  }
  return entries;
}

const zhKeys = flatten(zhCN);
const enKeys = flatten(en);

describe('interface text resources', () => {
  it('have the same keys in Chinese and English', () => {
    expect([...enKeys.keys()].sort()).toEqual([...zhKeys.keys()].sort());
  });

  it('have no empty texts, Chinese in zh-CN and no Chinese in English (except the language name)', () => {
    for (const [key, value] of zhKeys) {
      expect(value.trim(), key).not.toBe('');
      const onlyPlaceholders = /^[\s\p{P}\p{S}\d]*(\{\{[^}]+\}\}[\s\p{P}\p{S}\d]*)+$/u.test(value);
      const onlySymbols = /^[\s\p{P}\p{S}]+$/u.test(value);
      if (key !== 'language.en' && !onlyPlaceholders && !onlySymbols)
        expect(value, key).toMatch(/[\u4e00-\u9fff]|^[A-Za-z ]+$/);
    }
    for (const [key, value] of enKeys) {
      expect(value.trim(), key).not.toBe('');
      if (key !== 'language.zh') expect(value, key).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('use the same interpolation parameters in both languages', () => {
    const params = (text: string) => [...text.matchAll(/\{\{(\w+)(?:, *\w+)?\}\}/g)].map((match) => match[1]).sort();
    for (const [key, value] of zhKeys) expect(params(enKeys.get(key) ?? ''), key).toEqual(params(value));
  });

  it('name every role, project group and sub-project the domain knows', () => {
    for (const role of ROLES) expect(zhKeys.has(`roles.${role}`)).toBe(true);
    for (const group of PROJECT_GROUPS) expect(zhKeys.has(`groups.${group}`)).toBe(true);
    for (const definition of SUBPROJECTS) expect(zhKeys.has(`subprojects.${definition.id}`)).toBe(true);
  });
});
