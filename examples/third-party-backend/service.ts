// A third party's backend on Yika's public data (guide: ./README.md): a community health service answers
// "where is the soonest pediatric slot near me?" and lists the region's hospitals, paging through them.
// Node 20; the same code runs in a serverless function or a worker.
import { createClient, isYikaError, type DepartmentKind, type YikaClient } from '@yika/sdk';
import { formatShanghaiDateTime, formatYuan } from '@yika/sdk/domain';

export function createPublicClient(baseURL: string): YikaClient {
  return createClient({
    baseURL,
    channel: 'web',
    // Public data: no sign-in. Retries (network errors, 5xx, 429 with Retry-After) are on by default;
    // a busy service may allow a little more time per attempt than the 15 s default.
    timeoutMs: 20_000,
    maxRetries: 3,
  });
}

export interface SoonestSlot {
  hospital: string;
  district: string;
  department: string;
  doctor: string;
  startsAt: string;
  fee: string;
}

/** The soonest free slots of a kind of department across the region (or one district), soonest first. */
export async function soonestSlots(
  yika: YikaClient,
  departmentKind: DepartmentKind,
  district?: string,
): Promise<SoonestSlot[]> {
  const slots = await yika.schedules.earliest({ departmentKind, district, limit: 5 });
  return slots.map(({ hospital, department, doctor, slot, schedule }) => ({
    hospital: hospital.name,
    district: hospital.district.name,
    department: department.name,
    doctor: `${doctor.name} ${doctor.titleName}`,
    startsAt: formatShanghaiDateTime(slot.startTime),
    fee: formatYuan(schedule.feeFen),
  }));
}

/** Every hospital of a district, following the cursor pages to the end. */
export async function hospitalNames(yika: YikaClient, district: string): Promise<string[]> {
  const names: string[] = [];
  for await (const hospital of yika.hospitals.iterate({ district })) names.push(hospital.name);
  return names;
}

/** The service's own answer to its callers: data, or a stable code with a message it may show. */
export async function answer<T>(
  work: () => Promise<T>,
): Promise<{ ok: true; data: T } | { ok: false; code: string; message: string }> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (!isYikaError(error)) throw error;
    return { ok: false, code: error.code, message: error.message };
  }
}
