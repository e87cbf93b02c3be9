/** The languages the product speaks. zh-CN is first-class, not an afterthought. */
export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/** Map a BCP 47 tag (`zh`, `zh-Hans-CN`, `en-GB`, Office's `displayLanguage`) to a Lang. */
export function normaliseLang(tag: string | undefined | null): Lang {
  const t = (tag ?? '').trim().toLowerCase();
  return t.startsWith('zh') ? 'zh-CN' : 'en';
}
