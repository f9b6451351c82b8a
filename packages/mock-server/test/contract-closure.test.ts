// Hospitals and doctors come as a summary (lists) and a detail that extends it. Both are closed: a field the
// contract does not name is a contract violation in either, while the detail's own fields are welcome in it.
import { setupServer } from 'msw/node';
import { getContract } from '../src/contract';
import { createPlatform } from '../src/platform';

const server = setupServer();
const platform = createPlatform({ seed: 1 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => server.resetHandlers(...platform.handlers));

const BASE = 'http://platform.test';
const headers = { 'X-Yika-Channel': 'web' };
const { validator, operation } = getContract();

function problems(operationId: string, body: unknown): string[] {
  const responseHeaders = new Headers({ 'X-Request-Id': 'req_test' });
  return validator
    .checkResponse(operation(operationId), 200, responseHeaders, JSON.stringify(body))
    .map((detail) => detail.field);
}

it('a hospital detail keeps its own fields and refuses any other', async () => {
  const page = (await (await fetch(`${BASE}/v1/hospitals?limit=1`, { headers })).json()) as {
    data: Array<{ id: string }>;
  };
  const hospital = (await (
    await fetch(`${BASE}/v1/hospitals/${page.data[0]!.id}`, { headers })
  ).json()) as Record<string, unknown>;
  expect(problems('getHospital', hospital)).toEqual([]);
  expect(problems('getHospital', { ...hospital, internalNote: 'x' })).not.toEqual([]);
  // A summary is closed too: the detail's fields do not belong in a list.
  expect(problems('listHospitals', page)).toEqual([]);
  expect(
    problems('listHospitals', { ...page, data: [{ ...page.data[0], phone: '0574-1234567' }] }),
  ).not.toEqual([]);
});

it('a doctor detail keeps its own fields and refuses any other; a listed doctor has no introduction', async () => {
  const earliest = (await (
    await fetch(`${BASE}/v1/earliest-slots?departmentKind=pediatrics&limit=1`, { headers })
  ).json()) as { data: Array<{ doctor: { id: string; departmentId: string } }> };
  const { id, departmentId } = earliest.data[0]!.doctor;
  const doctor = (await (await fetch(`${BASE}/v1/doctors/${id}`, { headers })).json()) as Record<
    string,
    unknown
  >;
  expect(problems('getDoctor', doctor)).toEqual([]);
  expect(problems('getDoctor', { ...doctor, salary: 1 })).not.toEqual([]);
  const list = (await (
    await fetch(`${BASE}/v1/departments/${departmentId}/doctors`, { headers })
  ).json()) as {
    data: Array<Record<string, unknown>>;
  };
  expect(problems('listDepartmentDoctors', list)).toEqual([]);
  expect(
    problems('listDepartmentDoctors', { data: [{ ...list.data[0], introduction: doctor.introduction }] }),
  ).not.toEqual([]);
});
