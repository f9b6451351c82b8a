// Booking under load (issue 4's proof), against the standalone mock platform in its own process on the
// full seed, with this process as the load generator on the same machine:
// - slotQueryP95Ms: GET /v1/schedules/{id}/slots (分时段) across many schedules of the seed, found through
//   the platform's own listings (hospitals -> departments -> doctors -> schedules), a few in flight.
// - holdThroughputPerSec: many residents hold (锁号) one slot given a known capacity M at the same time;
//   successes per second of wall time, and proof of no oversell (exactly M holds, every other attempt
//   SLOT_UNAVAILABLE, nothing left afterwards).
import { startMockServerProcess } from './mock-server-process.mjs';
import { CHANNEL, createJsonClient, percentile, roundMs, runPool } from './http-load.mjs';

// 10:00 on a Monday in Shanghai: inside booking hours, every day of the window released. The holds go to a
// slot of the next day, so the clock running on during the bench never reaches it.
const BENCH_NOW = '2026-11-23T10:00:00+08:00';
const BENCH_TODAY = '2026-11-23';

const SLOT_QUERY_WARMUP = 500;
const SLOT_QUERIES = 2000;
const SLOT_QUERY_IN_FLIGHT = 16;
const CALENDAR_QUERIES = 500;

const HOLD_PLACES = 2000;
// Half as many again as there are places, so that the slot sells out under contention.
const HOLD_ATTEMPTS = 3000;
const HOLD_IN_FLIGHT = 64;
// The control API enrols at most this many residents per call.
const ENROL_BATCH = 2000;

export const BOOKING_TARGETS = { slotQueryP95Ms: 20, holdThroughputPerSecMin: 1000, holdOversell: 0 };

async function control(client, path, body) {
  return client.expectStatus(200, 'POST', `/__control/${path}`, { body });
}

/** Every schedule of the seed's booking window: ids with their doctor, in listing order. */
async function discoverSchedules(client) {
  const hospitals = [];
  let cursor;
  do {
    const query = `limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = await client.expectStatus(200, 'GET', `/v1/hospitals?${query}`);
    hospitals.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);

  const trees = await runPool(hospitals.length, 8, (i) =>
    client.expectStatus(200, 'GET', `/v1/hospitals/${hospitals[i].id}/departments`),
  );
  const leaves = trees.flatMap((tree) =>
    tree.data.flatMap(function leafIds(department) {
      return department.children.length === 0 ? [department.id] : department.children.flatMap(leafIds);
    }),
  );
  const doctorLists = await runPool(leaves.length, 8, (i) =>
    client.expectStatus(200, 'GET', `/v1/departments/${leaves[i]}/doctors`),
  );
  const doctorIds = [...new Set(doctorLists.flatMap((list) => list.data.map((doctor) => doctor.id)))];
  const scheduleLists = await runPool(doctorIds.length, 8, (i) =>
    client.expectStatus(200, 'GET', `/v1/doctors/${doctorIds[i]}/schedules?from=${BENCH_TODAY}`),
  );
  return {
    doctorIds,
    schedules: scheduleLists.flatMap((list) => list.data),
  };
}

/** The same order on every run, spread over hospitals rather than one hospital after another. */
function interleave(items, stride) {
  return Array.from({ length: items.length }, (_, i) => items[(i * stride) % items.length]);
}

async function measureQueries(client, paths) {
  for (let i = 0; i < SLOT_QUERY_WARMUP; i++) await client.expectStatus(200, 'GET', paths[i % paths.length]);
  const answers = await runPool(paths.length, SLOT_QUERY_IN_FLIGHT, (i) => client.send('GET', paths[i]));
  const failed = answers.filter((answer) => answer.status !== 200);
  if (failed.length > 0)
    throw new Error(`${failed.length} queries failed, e.g. ${JSON.stringify(failed[0])}`);
  return answers.map((answer) => answer.ms);
}

async function measureSlotQueries(client, schedules, doctorIds) {
  // A stride coprime with the count visits every schedule once before any repeats.
  const ids = schedules.map((schedule) => schedule.id);
  const stride = coprimeStride(ids.length);
  const slotPaths = Array.from(
    { length: SLOT_QUERIES },
    (_, i) => `/v1/schedules/${ids[(i * stride) % ids.length]}/slots`,
  );
  const slotMs = await measureQueries(client, slotPaths);
  const calendarPaths = interleave(doctorIds, coprimeStride(doctorIds.length))
    .slice(0, CALENDAR_QUERIES)
    .map((id) => `/v1/doctors/${id}/calendar`);
  const calendarMs = await measureQueries(client, calendarPaths);
  return {
    slotQueryCount: slotMs.length,
    slotQueryP50Ms: roundMs(percentile(slotMs, 50)),
    slotQueryP95Ms: roundMs(percentile(slotMs, 95)),
    slotQueryP99Ms: roundMs(percentile(slotMs, 99)),
    calendarQueryP95Ms: roundMs(percentile(calendarMs, 95)),
  };
}

function coprimeStride(length) {
  const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));
  let stride = Math.max(1, Math.floor(length * 0.618));
  while (gcd(stride, length) !== 1) stride++;
  return stride;
}

/** A slot of tomorrow, untouched, given capacity so that `CHANNEL` can hold exactly `places` of it. */
async function prepareContendedSlot(client, schedules, places) {
  const schedule = schedules.find((s) => s.date > BENCH_TODAY && s.status === 'open');
  if (!schedule) throw new Error('no open schedule after today in the seed');
  const { data: slots } = await client.expectStatus(200, 'GET', `/v1/schedules/${schedule.id}/slots`);
  const slot = slots[0];
  // Channel quotas keep a share of the capacity for other channels: grow it until this channel's share
  // (the shared pool plus its own kept pools) is `places`.
  let capacity = places;
  for (let attempt = 0; attempt < 5; attempt++) {
    const set = await control(client, `slots/${slot.id}/capacity`, { capacity });
    const mine =
      set.shared + set.kept.filter((k) => k.channels.includes(CHANNEL)).reduce((s, k) => s + k.places, 0);
    if (mine === places) break;
    capacity += places - mine;
  }
  const remaining = await slotRemaining(client, schedule.id, slot.id);
  if (remaining !== places) throw new Error(`slot ${slot.id} offers ${remaining} places, wanted ${places}`);
  return { scheduleId: schedule.id, slotId: slot.id, places };
}

async function slotRemaining(client, scheduleId, slotId) {
  const { data } = await client.expectStatus(200, 'GET', `/v1/schedules/${scheduleId}/slots`);
  return data.find((slot) => slot.id === slotId)?.remaining;
}

/** `count` residents with their own card, signed in: one patient per attempt, so no booking limit refuses. */
async function signedInResidents(client, count) {
  const enrolled = [];
  while (enrolled.length < count) {
    const batch = Math.min(ENROL_BATCH, count - enrolled.length);
    enrolled.push(...(await control(client, 'residents', { count: batch })).data);
  }
  return runPool(enrolled.length, HOLD_IN_FLIGHT, async (i) => {
    const session = await client.expectStatus(200, 'POST', '/v1/auth/wechat-login', {
      body: { code: enrolled[i].loginCode },
      headers: { 'Idempotency-Key': `bench-login-${i}` },
    });
    return { accessToken: session.accessToken, cardRef: enrolled[i].cardRef };
  });
}

async function measureHoldThroughput(client, schedules) {
  const slot = await prepareContendedSlot(client, schedules, HOLD_PLACES);
  const residents = await signedInResidents(client, HOLD_ATTEMPTS);

  const start = process.hrtime.bigint();
  const answers = await runPool(residents.length, HOLD_IN_FLIGHT, (i) =>
    client.send('POST', '/v1/holds', {
      body: { slotId: slot.slotId, cardRef: residents[i].cardRef },
      headers: { Authorization: `Bearer ${residents[i].accessToken}`, 'Idempotency-Key': `bench-hold-${i}` },
    }),
  );
  const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;

  const held = answers.filter((answer) => answer.status === 201);
  const refusals = {};
  for (const answer of answers) {
    if (answer.status === 201) continue;
    const code = answer.body?.error?.code ?? `HTTP ${answer.status}`;
    refusals[code] = (refusals[code] ?? 0) + 1;
  }
  const remainingAfter = await slotRemaining(client, slot.scheduleId, slot.slotId);
  const distinctHolds = new Set(held.map((answer) => answer.body.id)).size;

  const failures = [];
  if (held.length !== slot.places) failures.push(`${held.length} holds succeeded on ${slot.places} places`);
  if (distinctHolds !== held.length) failures.push(`${held.length - distinctHolds} holds share an id`);
  if (remainingAfter !== 0) failures.push(`the slot shows ${remainingAfter} places left, not 0`);
  const unexpected = Object.keys(refusals).filter((code) => code !== 'SLOT_UNAVAILABLE');
  if (unexpected.length > 0) failures.push(`unexpected refusals: ${JSON.stringify(refusals)}`);

  return {
    figures: {
      holdPlaces: slot.places,
      holdAttempts: answers.length,
      holdThroughputPerSec: Math.round(held.length / wallSeconds),
      holdAttemptsPerSec: Math.round(answers.length / wallSeconds),
      holdP95Ms: roundMs(
        percentile(
          answers.map((answer) => answer.ms),
          95,
        ),
      ),
      holdOversell: Math.max(0, held.length - slot.places),
    },
    failures,
  };
}

/** Runs both measurements on a fresh server; `failures` lists broken guarantees (oversell and the like). */
export async function measureBookingLoad() {
  const server = await startMockServerProcess();
  const client = createJsonClient(server.baseUrl, HOLD_IN_FLIGHT);
  try {
    await control(client, 'clock', { set: BENCH_NOW });
    const { doctorIds, schedules } = await discoverSchedules(client);
    const slotFigures = await measureSlotQueries(client, schedules, doctorIds);
    const holds = await measureHoldThroughput(client, schedules);
    return {
      figures: { slotQuerySchedules: schedules.length, ...slotFigures, ...holds.figures },
      failures: holds.failures,
    };
  } finally {
    client.close();
    await server.stop();
  }
}
