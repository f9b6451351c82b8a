import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AVAILABILITY_NAMES,
  DEPARTMENT_KIND_NAMES,
  DOCTOR_TITLE_NAMES,
  HOLD_STATUS_NAMES,
  PERIOD_NAMES,
  REGISTRATION_TYPE_NAMES,
  SCHEDULE_STATUS_NAMES,
} from '../../src/domain/booking-names';

// A schema's enum values, read from the contract's YAML text (inline `[a, b]` or a `- a` list), so the
// runtime tables are checked against the contract as well as by the `satisfies` typecheck.
function contractEnum(schema: string): string[] {
  const yaml = readFileSync(join(__dirname, '../../openapi/yika.openapi.yaml'), 'utf8');
  const block = yaml.split(`\n    ${schema}:\n`)[1]!.split(/\n {4}[A-Za-z]/)[0]!;
  const inline = /enum: \[([^\]]*)\]/.exec(block);
  if (inline !== null) return inline[1]!.split(',').map((value) => value.trim());
  return [...block.split('enum:\n')[1]!.matchAll(/^\s+- ([a-z_]+)$/gm)].map((match) => match[1]!);
}

describe.each([
  ['DepartmentKind', DEPARTMENT_KIND_NAMES],
  ['Period', PERIOD_NAMES],
  ['AvailabilityStatus', AVAILABILITY_NAMES],
  ['ScheduleStatus', SCHEDULE_STATUS_NAMES],
  ['RegistrationType', REGISTRATION_TYPE_NAMES],
  ['DoctorTitle', DOCTOR_TITLE_NAMES],
  ['HoldStatus', HOLD_STATUS_NAMES],
])('names of %s', (schema, names) => {
  it('has exactly the contract values, each with a distinct Chinese name', () => {
    const values = contractEnum(schema);
    expect(values.length).toBeGreaterThan(2);
    expect(Object.keys(names).sort()).toEqual([...values].sort());
    for (const name of Object.values(names)) expect(name).toMatch(/^[\u4e00-\u9fa5]+$/);
    expect(new Set(Object.values(names)).size).toBe(values.length);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(names)).toBe(true);
  });
});

describe('names a screen shows', () => {
  it.each([
    [DEPARTMENT_KIND_NAMES.pediatrics, '儿科'],
    [DEPARTMENT_KIND_NAMES.ent, '耳鼻喉科'],
    [PERIOD_NAMES.afternoon, '下午'],
    [AVAILABILITY_NAMES.not_released, '未放号'],
    [SCHEDULE_STATUS_NAMES.stopped, '停诊'],
    [REGISTRATION_TYPE_NAMES.special, '特需号'],
    [DOCTOR_TITLE_NAMES.associate_chief, '副主任医师'],
    [HOLD_STATUS_NAMES.held, '锁号中'],
    [HOLD_STATUS_NAMES.expired, '已过期'],
  ])('%s is %s', (actual, expected) => expect(actual).toBe(expected));
});
