// The people and the bill the booking, payment and whole-journey tests share: real-shaped resident ID
// numbers with valid GB 11643 check characters, each holder with their own phone (its SMS code proves a
// card application), and an outpatient bill the hospital's cashier issues through the mock's back office.
import { expect, type APIRequestContext } from '@playwright/test';

export interface Resident {
  name: string;
  idNumber: string;
  birthDate: string;
  gender: 'male' | 'female';
  /** As the card form's chips say it. */
  genderName: '男' | '女';
  phone: string;
}

export const OWN: Resident = {
  name: '王建国',
  idNumber: '110105198506151236',
  birthDate: '1985-06-15',
  gender: 'male',
  genderName: '男',
  phone: '13912340001',
};

export const MOTHER: Resident = {
  name: '李秀英',
  idNumber: '110105195803120029',
  birthDate: '1958-03-12',
  gender: 'female',
  genderName: '女',
  phone: '13912340002',
};

/** A social-security card number the mock accepts for linking (医保). */
export const SOCIAL_SECURITY_NUMBER = '330203198803151236';

/**
 * A cardiology bill on the card: a class A drug (fully covered), a class B exam (90%) and a class C fee
 * (乙类外, never covered), so every part of the insurance split carries money. Returns the bill's id.
 */
export async function issueCardiologyBill(request: APIRequestContext, cardId: string): Promise<string> {
  const issued = await request.post('/__control/bills', {
    data: {
      cardId,
      departmentName: '心血管内科',
      doctorName: '周医生',
      items: [
        {
          name: '阿托伐他汀钙片',
          category: 'drug',
          insuranceClass: 'A',
          unitPriceFen: 3560,
          quantity: 2,
          unit: '盒',
        },
        { name: '心脏彩超', category: 'exam', insuranceClass: 'B', unitPriceFen: 22000, quantity: 1 },
        { name: '专家诊查费', category: 'fee', insuranceClass: 'C', unitPriceFen: 1850, quantity: 1 },
      ],
    },
  });
  expect(issued.ok(), `POST /__control/bills answered ${issued.status()}`).toBe(true);
  return ((await issued.json()) as { id: string }).id;
}
