// Chinese personal names for the seeded doctors: common surnames weighted roughly by how common they are
// (王, 李, 张 and 刘 alone cover about a fifth of the country), and given names of one or two characters.
import type { Random } from '../../random';

/** [surname, weight]: weights are rough shares per thousand people. */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 72],
  ['李', 72],
  ['张', 68],
  ['刘', 54],
  ['陈', 46],
  ['杨', 32],
  ['黄', 24],
  ['赵', 22],
  ['吴', 21],
  ['周', 20],
  ['徐', 17],
  ['孙', 16],
  ['马', 15],
  ['朱', 14],
  ['胡', 13],
  ['郭', 12],
  ['何', 12],
  ['林', 11],
  ['高', 11],
  ['罗', 10],
  ['郑', 10],
  ['梁', 9],
  ['谢', 8],
  ['宋', 7],
  ['唐', 7],
  ['许', 7],
  ['韩', 7],
  ['邓', 6],
  ['冯', 6],
  ['曹', 6],
  ['彭', 6],
  ['曾', 5],
  ['沈', 5],
  ['蒋', 5],
  ['蔡', 5],
  ['余', 5],
  ['叶', 5],
  ['潘', 4],
  ['杜', 4],
  ['戴', 4],
  ['夏', 4],
  ['钟', 4],
  ['汪', 4],
  ['田', 4],
  ['任', 4],
  ['姜', 3],
  ['范', 3],
  ['方', 3],
  ['石', 3],
  ['姚', 3],
  ['谭', 3],
  ['邵', 3],
  ['俞', 3],
  ['金', 3],
  ['陆', 3],
  ['毛', 2],
  ['应', 2],
  ['楼', 2],
  ['严', 2],
  ['顾', 2],
  ['孔', 2],
  ['欧阳', 1],
  ['司马', 1],
];

const MALE = '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁健亮俊峰浩宇晨昊志建国文博凯龙振海东林永成毅锋坚栋卫新彬';
const FEMALE = '芳娜敏静丽艳娟霞燕玲婷雪慧颖琳洁倩晶萍红莉欣悦佳琪蕾瑶雯梅丹怡璐岚嘉蓉菲琼薇珊';
const EITHER = '晓子一思安诗雨若俊嘉文明世家宏清春秋亦梓心';

const TOTAL_WEIGHT = SURNAMES.reduce((sum, [, weight]) => sum + weight, 0);

function surname(random: Random): string {
  let ticket = random.next() * TOTAL_WEIGHT;
  for (const [name, weight] of SURNAMES) {
    ticket -= weight;
    if (ticket < 0) return name;
  }
  return '王';
}

function character(random: Random, alphabet: string): string {
  return alphabet[random.int(0, alphabet.length - 1)] ?? '明';
}

/** A full name such as 陈晓燕 or 王磊. */
export function chineseName(random: Random, gender: 'male' | 'female'): string {
  const own = gender === 'male' ? MALE : FEMALE;
  const family = surname(random);
  if (random.chance(0.3)) return family + character(random, own);
  const first = random.chance(0.35) ? character(random, EITHER) : character(random, own);
  return family + first + character(random, own);
}
