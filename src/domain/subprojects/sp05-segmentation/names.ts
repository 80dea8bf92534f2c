import { distinctNames } from '../../generate';
import type { Random } from '../../random';
import type { LocalizedText } from '../../scenario/text';
import type { Content } from './content';

// Auspicious two-character trade names with pinyin, as business customers in China are often called.
const CORES: readonly (readonly [string, string])[] = [
  ['华丰', 'Huafeng'],
  ['永盛', 'Yongsheng'],
  ['恒达', 'Hengda'],
  ['瑞祥', 'Ruixiang'],
  ['宏远', 'Hongyuan'],
  ['金诚', 'Jincheng'],
  ['新源', 'Xinyuan'],
  ['天成', 'Tiancheng'],
  ['联发', 'Lianfa'],
  ['汇通', 'Huitong'],
  ['嘉禾', 'Jiahe'],
  ['鼎信', 'Dingxin'],
  ['兴隆', 'Xinglong'],
  ['美达', 'Meida'],
  ['锦华', 'Jinhua'],
  ['东方', 'Dongfang'],
  ['广源', 'Guangyuan'],
  ['富康', 'Fukang'],
  ['长青', 'Changqing'],
  ['欣荣', 'Xinrong'],
  ['宝丰', 'Baofeng'],
  ['明辉', 'Minghui'],
  ['顺昌', 'Shunchang'],
  ['立信', 'Lixin'],
  ['万和', 'Wanhe'],
  ['中纺', 'Zhongfang'],
  ['凯越', 'Kaiyue'],
  ['德润', 'Derun'],
  ['益民', 'Yimin'],
  ['安泰', 'Antai'],
];

/** How many trade names a company name can be built from. */
export const COMPANY_CORES = CORES.length;

/**
 * Distinct bilingual customer names: people by default, companies (place + trade
 * name + suffix, e.g. 柯桥华丰纺织贸易 / Keqiao Huafeng Textile Trading) when the scenario asks for them.
 */
export function customerNames(
  random: Random,
  count: number,
  companies: Content['data']['companyNames'],
): LocalizedText[] {
  if (!companies) return distinctNames(random, count).map((name) => name.full);
  const seen = new Set<string>();
  const names: LocalizedText[] = [];
  for (let tries = 0; names.length < count && tries < count * 50; tries += 1) {
    const place = random.pick(companies.places);
    const [coreZh, coreEn] = random.pick(CORES);
    const suffix = random.pick(companies.suffixes);
    const zh = `${place.zh}${coreZh}${suffix.zh}`;
    if (seen.has(zh)) continue;
    seen.add(zh);
    names.push({ zh, en: `${place.en} ${coreEn} ${suffix.en}` });
  }
  if (names.length < count) throw new Error(`could not draw ${count} distinct company names`);
  return names;
}
