// The mock platform on a loopback port for the examples' tests: the examples talk to it over HTTP exactly
// as they would to the real platform, and the tests reach behind it (keys, clock, SMS) to set scenes up.
import type { YikaClient } from '@yika/sdk';
import { createPlatform, startServer, type PlatformOptions, type RunningServer } from '@yika/mock-server';

/** The seeded hospital app (of the first hospital) whose private key the mock platform hands to tests. */
export const TEST_HOSPITAL_APP = 'app_test_hospital';
/** The seeded third-party app. */
export const TEST_THIRD_PARTY_APP = 'app_test_third_party';

export async function startPlatform(options: PlatformOptions = {}): Promise<RunningServer> {
  return startServer({
    platform: createPlatform({ validateResponses: true, ...options }),
    port: 0,
    log: () => {},
  });
}

/** A hospital of the seed and its API key (X-Yika-Hospital-Key). */
export function firstHospital(server: RunningServer): { hospitalId: string; key: string } {
  const [first] = server.platform.hospitalKeys();
  if (!first) throw new Error('the seed has no hospitals');
  return { hospitalId: first.hospitalId, key: first.key };
}

/** A slot of `hospitalId` on `date` with places left, found through the public API as a resident would. */
export async function firstFreeSlot(
  yika: YikaClient,
  hospitalId: string,
  date: string,
): Promise<{ slotId: string; departmentName: string }> {
  for (const department of await yika.hospitals.departments(hospitalId)) {
    for (const schedule of await yika.schedules.forDepartment(department.id, date)) {
      if (schedule.status !== 'open') continue;
      const { data: slots } = await yika.schedules.slots(schedule.id);
      const free = slots.find((slot) => slot.status === 'free' && slot.remaining > 1);
      if (free) return { slotId: free.id, departmentName: schedule.departmentName };
    }
  }
  throw new Error(`no free slot at ${hospitalId} on ${date}`);
}
