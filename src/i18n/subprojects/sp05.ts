import type { DeepStrings } from '../strings';

/**
 * Interface text of sub-project 5's workspace and criteria, in both languages.
 * zh-CN is the reference; the type of `en` keeps its keys identical.
 */
export const zhCN = {
  noContent: '本案例没有为这个子项目提供内容。',
} as const;

export const en: DeepStrings<typeof zhCN> = {
  noContent: 'This scenario has no content for this sub-project.',
};
