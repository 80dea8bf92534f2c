import 'i18next';
import type { zhCN } from './zh-CN';

// Typed keys: t('library.titel') is a compile error, not a raw key on screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
