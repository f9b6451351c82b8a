// The control API under /__control/ (not part of the contract): lets browser tests and developers reset
// the platform, move its clock, inject faults, read the SMS and WeChat codes a resident would receive,
// read the hospitals' API keys, register apps for client credentials and read the seeded test apps, suspend or restore a card, enrol residents with cards in bulk and give a
// slot a known capacity (the platform's back office).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { toShanghaiIso } from '@yika/sdk/domain';
import { faultRuleProblem, type FaultRule } from '../http/faults';
import type { Platform } from '../platform';
import { MAX_ENROLMENT } from '../store/cards/enrolment';
import { PlatformError } from '../store/errors';
import type { AppPublicJwk, AppRegistration, RegisteredApp } from '../store/apps/registry';
import { readBody, sendJson } from './node-bridge';
import { issueReportControl, REPORT_CONTROL_ROUTE } from './report-control';

class ControlError extends Error {}

const CARD_STATE_ROUTE = /^POST \/__control\/cards\/([0-9A-F]{64})\/(suspend|restore)$/;
const SLOT_CAPACITY_ROUTE = /^POST \/__control\/slots\/([^/]+)\/capacity$/;

export async function handleControl(
  platform: Platform,
  req: IncomingMessage,
  url: URL,
  res: ServerResponse,
): Promise<void> {
  const route = `${req.method ?? 'GET'} ${url.pathname.replace(/\/+$/, '')}`;
  try {
    switch (route) {
      case 'GET /__control/health':
        return sendJson(res, 200, { status: 'ok', seed: platform.store.seed, ...clockState(platform) });
      case 'POST /__control/reset': {
        const { seed } = await readJson(req);
        if (seed !== undefined && !Number.isSafeInteger(seed))
          throw new ControlError('seed must be an integer');
        platform.reset(seed as number | undefined);
        return sendJson(res, 200, { status: 'ok', seed: platform.store.seed, ...clockState(platform) });
      }
      case 'GET /__control/clock':
        return sendJson(res, 200, clockState(platform));
      case 'POST /__control/clock': {
        const { advanceMs, set } = await readJson(req);
        if (advanceMs !== undefined) {
          if (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs)) {
            throw new ControlError('advanceMs must be a number');
          }
          platform.clock.advance(advanceMs);
        }
        if (set !== undefined) {
          if ((typeof set !== 'number' && typeof set !== 'string') || Number.isNaN(new Date(set).getTime())) {
            throw new ControlError('set must be epoch ms or an ISO-8601 time');
          }
          platform.clock.set(set);
        }
        return sendJson(res, 200, clockState(platform));
      }
      case 'POST /__control/faults': {
        const rules = toFaultRules((await readJson(req)).rules);
        rules.forEach((rule) => platform.faults.inject(rule));
        return sendJson(res, 200, { injected: rules.length });
      }
      case 'DELETE /__control/faults':
        platform.faults.clear();
        res.writeHead(204);
        return void res.end();
      case 'GET /__control/sms': {
        const phone = url.searchParams.get('phone');
        if (!phone) throw new ControlError('phone is required');
        return sendJson(res, 200, {
          code: platform.sms.lastCode(phone) ?? null,
          sentCount: platform.sms.sentCount(phone),
        });
      }
      case 'POST /__control/wechat/codes': {
        const { openid } = await readJson(req);
        if (openid !== undefined && (typeof openid !== 'string' || openid === '')) {
          throw new ControlError('openid must be a non-empty string');
        }
        return sendJson(res, 200, { code: platform.wechat.issueLoginCode(openid as string | undefined) });
      }
      case 'GET /__control/hospital-keys':
        return sendJson(res, 200, { data: platform.hospitalKeys() });
      case 'GET /__control/apps':
        return sendJson(res, 200, { data: platform.apps.testApps() });
      case 'POST /__control/apps':
        return sendJson(res, 201, registerApp(platform, await readJson(req)));
      case 'POST /__control/residents': {
        const { count } = await readJson(req);
        if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_ENROLMENT) {
          throw new ControlError(`count must be a whole number from 1 to ${MAX_ENROLMENT}`);
        }
        return sendJson(res, 200, { data: platform.store.residents.enrol(count as number) });
      }
      default: {
        if (route === REPORT_CONTROL_ROUTE) return await issueReportControl(platform, req, res);
        const slotCapacity = SLOT_CAPACITY_ROUTE.exec(route);
        if (slotCapacity?.[1]) return await setSlotCapacity(platform, slotCapacity[1], req, res);
        const cardState = CARD_STATE_ROUTE.exec(route);
        if (cardState?.[1] && cardState[2]) {
          const state = cardState[2] === 'suspend' ? 'suspended' : 'normal';
          if (!platform.store.cardModel.cards.get(cardState[1])) {
            return sendJson(res, 404, { error: 'No such card' });
          }
          platform.store.cards.setState(cardState[1], state);
          return sendJson(res, 200, { state });
        }
        return sendJson(res, 404, { error: `No control route ${route}` });
      }
    }
  } catch (error) {
    if (error instanceof ControlError) return sendJson(res, 400, { error: error.message });
    throw error;
  }
}

async function setSlotCapacity(
  platform: Platform,
  slotId: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { capacity } = await readJson(req);
  if (!Number.isSafeInteger(capacity) || (capacity as number) < 1) {
    throw new ControlError('capacity must be a whole number from 1');
  }
  const model = platform.store.bookingModel;
  try {
    const { schedule, slot } = model.setSlotCapacity(slotId, capacity as number);
    const quotas = model.policies.rules(schedule.doctor.hospitalId).channelQuotas;
    return sendJson(res, 200, {
      slotId: slot.id,
      scheduleId: schedule.id,
      capacity: slot.capacity,
      shared: slot.pools[0] ?? 0,
      kept: quotas.map((quota, index) => ({ channels: quota.channels, places: slot.pools[index + 1] ?? 0 })),
    });
  } catch (error) {
    if (error instanceof PlatformError) return sendJson(res, 404, { error: 'No such slot' });
    if (error instanceof RangeError) return sendJson(res, 409, { error: error.message });
    throw error;
  }
}

/** Registers an app with its public keys (the platform's developer console, for the standalone server). */
function registerApp(platform: Platform, body: Record<string, unknown>): RegisteredApp {
  const { clientId, kind, hospitalId, name, keys, scopes } = body;
  if (kind !== 'hospital' && kind !== 'third_party')
    throw new ControlError('kind must be hospital or third_party');
  if (!Array.isArray(keys)) throw new ControlError('keys must be an array of public JWKs');
  const optionalString = (value: unknown, field: string): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new ControlError(`${field} must be a string`);
    return value;
  };
  if (
    scopes !== undefined &&
    (!Array.isArray(scopes) || !scopes.every((scope) => typeof scope === 'string'))
  ) {
    throw new ControlError('scopes must be an array of strings');
  }
  const registration: AppRegistration = { kind, keys: keys as AppPublicJwk[] };
  const id = optionalString(clientId, 'clientId');
  const hospital = optionalString(hospitalId, 'hospitalId');
  const label = optionalString(name, 'name');
  if (id !== undefined) registration.clientId = id;
  if (hospital !== undefined) registration.hospitalId = hospital;
  if (label !== undefined) registration.name = label;
  if (scopes !== undefined) registration.scopes = scopes as string[];
  try {
    return platform.apps.register(registration);
  } catch (error) {
    if (error instanceof RangeError) throw new ControlError(error.message);
    throw error;
  }
}

function clockState(platform: Platform): { now: number; iso: string } {
  const now = platform.clock.now();
  return { now, iso: toShanghaiIso(now) };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = (await readBody(req)).toString('utf8').trim();
  if (text === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ControlError('the body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ControlError('the body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

/** JSON has no Infinity: `times: "Infinity"` (or null) stands for it. */
function toFaultRules(value: unknown): FaultRule[] {
  if (!Array.isArray(value)) throw new ControlError('rules must be an array of fault rules');
  return value.map((raw: unknown, index) => {
    const rule =
      typeof raw === 'object' && raw !== null && ((raw as FaultRule).times as unknown) === 'Infinity'
        ? { ...raw, times: Infinity }
        : raw;
    const problem = faultRuleProblem(rule);
    if (problem) throw new ControlError(`rules[${index}]: ${problem}`);
    return rule as FaultRule;
  });
}
