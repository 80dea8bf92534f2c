import type { Random } from '../random';
import type { LocalizedText } from '../scenario/text';

/**
 * Person names and phone numbers for generated customers, in both languages.
 * Shared by every ★ generator so a lead, a customer record and a transaction
 * history all read like the same kind of people.
 */

// Common surnames with pinyin, roughly by frequency (the first ones drawn more often).
const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['赵', 'Zhao'],
  ['黄', 'Huang'],
  ['周', 'Zhou'],
  ['吴', 'Wu'],
  ['徐', 'Xu'],
  ['孙', 'Sun'],
  ['胡', 'Hu'],
  ['朱', 'Zhu'],
  ['高', 'Gao'],
  ['林', 'Lin'],
  ['何', 'He'],
  ['郭', 'Guo'],
  ['马', 'Ma'],
  ['罗', 'Luo'],
  ['梁', 'Liang'],
  ['宋', 'Song'],
  ['郑', 'Zheng'],
  ['谢', 'Xie'],
  ['韩', 'Han'],
  ['唐', 'Tang'],
  ['冯', 'Feng'],
  ['于', 'Yu'],
  ['董', 'Dong'],
  ['萧', 'Xiao'],
  ['程', 'Cheng'],
  ['曹', 'Cao'],
  ['袁', 'Yuan'],
  ['邓', 'Deng'],
  ['许', 'Xu'],
  ['傅', 'Fu'],
];

// Given-name characters by the gender they usually suggest, so 王女士 is never called 王建国.
const GIVEN_FEMALE: readonly (readonly [string, string])[] = [
  ['芳', 'fang'],
  ['娜', 'na'],
  ['敏', 'min'],
  ['静', 'jing'],
  ['丽', 'li'],
  ['艳', 'yan'],
  ['秀', 'xiu'],
  ['霞', 'xia'],
  ['桂', 'gui'],
  ['欣', 'xin'],
  ['婷', 'ting'],
  ['雪', 'xue'],
  ['梅', 'mei'],
  ['玲', 'ling'],
  ['红', 'hong'],
  ['琳', 'lin'],
  ['慧', 'hui'],
  ['颖', 'ying'],
];
const GIVEN_MALE: readonly (readonly [string, string])[] = [
  ['伟', 'wei'],
  ['强', 'qiang'],
  ['磊', 'lei'],
  ['军', 'jun'],
  ['勇', 'yong'],
  ['杰', 'jie'],
  ['涛', 'tao'],
  ['超', 'chao'],
  ['刚', 'gang'],
  ['建', 'jian'],
  ['国', 'guo'],
  ['宇', 'yu'],
  ['浩', 'hao'],
  ['博', 'bo'],
  ['志', 'zhi'],
  ['海', 'hai'],
  ['辉', 'hui'],
  ['亮', 'liang'],
];
const GIVEN_EITHER: readonly (readonly [string, string])[] = [
  ['洋', 'yang'],
  ['明', 'ming'],
  ['平', 'ping'],
  ['华', 'hua'],
  ['文', 'wen'],
  ['晨', 'chen'],
  ['春', 'chun'],
  ['立', 'li'],
  ['新', 'xin'],
  ['佳', 'jia'],
  ['子', 'zi'],
  ['安', 'an'],
];

export interface PersonName {
  /** e.g. { zh: '王建国', en: 'Wang Jianguo' } */
  readonly full: LocalizedText;
  /** The polite short form people use on the phone: { zh: '王先生', en: 'Mr Wang' }. */
  readonly polite: LocalizedText;
  readonly surname: LocalizedText;
  readonly gender: 'female' | 'male';
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One name; surnames near the top of the list come up more often, as in life. */
export function personName(random: Random): PersonName {
  const surnameWeights = SURNAMES.map((_, index) => 1 / (1 + index * 0.15));
  const [surnameZh, surnameEn] = random.weightedPick(SURNAMES, surnameWeights);
  const gender = random.chance(0.5) ? 'female' : 'male';
  const pool = [...(gender === 'female' ? GIVEN_FEMALE : GIVEN_MALE), ...GIVEN_EITHER];
  // The last character always carries the gender; the one before it, when there is one, may be either.
  const first = random.pick(gender === 'female' ? GIVEN_FEMALE : GIVEN_MALE);
  const parts = random.chance(0.7) ? [random.pick(pool), first] : [first];
  const givenZh = parts.map(([zh]) => zh).join('');
  const givenEn = capitalise(parts.map(([, en]) => en).join(''));
  return {
    full: { zh: `${surnameZh}${givenZh}`, en: `${surnameEn} ${givenEn}` },
    polite:
      gender === 'female'
        ? { zh: `${surnameZh}女士`, en: `Ms ${surnameEn}` }
        : { zh: `${surnameZh}先生`, en: `Mr ${surnameEn}` },
    surname: { zh: surnameZh, en: surnameEn },
    gender,
  };
}

/**
 * Distinct full names: a generated list never has two people with the same
 * name, so a student can tell records apart by name alone.
 */
export function distinctNames(random: Random, count: number): PersonName[] {
  const seen = new Set<string>();
  const names: PersonName[] = [];
  for (let tries = 0; names.length < count && tries < count * 50; tries += 1) {
    const name = personName(random);
    if (seen.has(name.full.zh)) continue;
    seen.add(name.full.zh);
    names.push(name);
  }
  if (names.length < count) throw new Error(`could not draw ${count} distinct names`);
  return names;
}

const MOBILE_PREFIXES = [
  '130',
  '132',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '158',
  '159',
  '186',
  '188',
  '189',
];

/** A mainland mobile number in the usual 3-4-4 grouping, e.g. '138-2047-5531'. */
export function mobileNumber(random: Random): string {
  const digits = (length: number) => Array.from({ length }, () => random.int(0, 9)).join('');
  return `${random.pick(MOBILE_PREFIXES)}-${digits(4)}-${digits(4)}`;
}

/** Only the digits of a phone number, so '138-2047-5531' and '13820475531' compare equal. */
export function phoneDigits(text: string): string {
  return text.replace(/\D/g, '');
}
