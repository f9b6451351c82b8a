// Charge items a seeded outpatient bill (门诊待缴费) is made of: drugs, lab tests, exams, treatments,
// materials and fees, with their medical-insurance class (甲/乙/丙类) and unit price in fen.
import type { BillItem } from '../../contract/wire';

export type CatalogItem = Omit<BillItem, 'quantity' | 'amountFen'>;

export const BILL_CATALOG: readonly CatalogItem[] = [
  {
    code: 'FEE0001',
    name: '普通门诊诊查费',
    category: 'fee',
    unit: '次',
    unitPriceFen: 2500,
    insuranceClass: 'A',
  },
  {
    code: 'DRG0101',
    name: '阿莫西林胶囊 0.25g×24粒',
    category: 'drug',
    unit: '盒',
    unitPriceFen: 1850,
    insuranceClass: 'A',
  },
  {
    code: 'DRG0102',
    name: '布洛芬缓释胶囊 0.3g×20粒',
    category: 'drug',
    unit: '盒',
    unitPriceFen: 2260,
    insuranceClass: 'A',
  },
  {
    code: 'DRG0201',
    name: '头孢克肟分散片 0.1g×6片',
    category: 'drug',
    unit: '盒',
    unitPriceFen: 3680,
    insuranceClass: 'B',
  },
  {
    code: 'DRG0202',
    name: '蒙脱石散 3g×10袋',
    category: 'drug',
    unit: '盒',
    unitPriceFen: 1590,
    insuranceClass: 'B',
  },
  {
    code: 'DRG0301',
    name: '维生素C泡腾片 1g×10片',
    category: 'drug',
    unit: '支',
    unitPriceFen: 2980,
    insuranceClass: 'C',
  },
  {
    code: 'LAB0101',
    name: '血常规（五分类）',
    category: 'lab',
    unit: '次',
    unitPriceFen: 2000,
    insuranceClass: 'A',
  },
  {
    code: 'LAB0102',
    name: 'C反应蛋白测定',
    category: 'lab',
    unit: '次',
    unitPriceFen: 3000,
    insuranceClass: 'B',
  },
  {
    code: 'LAB0201',
    name: '肝功能全套',
    category: 'lab',
    unit: '次',
    unitPriceFen: 6000,
    insuranceClass: 'B',
  },
  {
    code: 'EXM0101',
    name: '常规心电图',
    category: 'exam',
    unit: '次',
    unitPriceFen: 2500,
    insuranceClass: 'A',
  },
  {
    code: 'EXM0201',
    name: '胸部正位DR',
    category: 'exam',
    unit: '次',
    unitPriceFen: 9000,
    insuranceClass: 'B',
  },
  {
    code: 'EXM0202',
    name: '腹部彩色多普勒超声',
    category: 'exam',
    unit: '次',
    unitPriceFen: 16000,
    insuranceClass: 'B',
  },
  {
    code: 'TRT0101',
    name: '雾化吸入',
    category: 'treatment',
    unit: '次',
    unitPriceFen: 1200,
    insuranceClass: 'A',
  },
  {
    code: 'TRT0102',
    name: '静脉输液',
    category: 'treatment',
    unit: '次',
    unitPriceFen: 800,
    insuranceClass: 'A',
  },
  {
    code: 'MAT0101',
    name: '一次性输液器',
    category: 'material',
    unit: '套',
    unitPriceFen: 650,
    insuranceClass: 'C',
  },
  {
    code: 'MAT0102',
    name: '医用无菌棉签',
    category: 'material',
    unit: '包',
    unitPriceFen: 150,
    insuranceClass: 'C',
  },
];

/** An item of a bill: `quantity` of a catalog entry, its amount computed in fen. */
export function billItem(entry: CatalogItem, quantity: number): BillItem {
  return { ...entry, quantity, amountFen: entry.unitPriceFen * quantity };
}
