// `POST /__control/reports` (control API, not the contract): issues a report for a card now, as a hospital's
// lab or imaging department finishing would, raising report.ready for the accounts holding the card and the
// hospital's webhook subscribers. Body: { cardId, hospitalId?, kind?: 'lab' | 'exam', panel?, exam?,
// abnormal? }; answers 201 with the new report's id and title, 400 for a bad body, 404 for an unknown card
// or hospital.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { toShanghaiIso } from '@yika/sdk/domain';
import type { Platform } from '../platform';
import { PlatformError } from '../store/errors';
import { isExamKey } from '../store/reports/exam-catalogue';
import type { IssueRequest } from '../store/reports/issue';
import { isPanelKey } from '../store/reports/lab-catalogue';
import { readBody, sendJson } from './node-bridge';

export const REPORT_CONTROL_ROUTE = 'POST /__control/reports';

export async function issueReportControl(
  platform: Platform,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const parsed = toIssueRequest(await readBody(req));
  if (typeof parsed === 'string') return sendJson(res, 400, { error: parsed });
  try {
    const report = platform.store.reports.issuer.issue(parsed);
    return sendJson(res, 201, {
      id: report.id,
      type: report.type,
      title: report.title,
      hospitalId: report.hospitalId,
      reportedAt: toShanghaiIso(report.reportedAtMs),
    });
  } catch (error) {
    if (error instanceof PlatformError) return sendJson(res, 404, { error: 'No such card or hospital' });
    throw error;
  }
}

/** The request, or what is wrong with the body. */
function toIssueRequest(raw: Buffer): IssueRequest | string {
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8') || '{}');
  } catch {
    return 'the body is not valid JSON';
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return 'the body must be a JSON object';
  const { cardId, hospitalId, kind, panel, exam, abnormal } = body as Record<string, unknown>;
  if (typeof cardId !== 'string' || !/^[0-9A-F]{64}$/.test(cardId)) return 'cardId must be a 64-hex card ID';
  if (hospitalId !== undefined && typeof hospitalId !== 'string') return 'hospitalId must be a string';
  if (kind !== undefined && kind !== 'lab' && kind !== 'exam') return "kind must be 'lab' or 'exam'";
  if (panel !== undefined && !isPanelKey(panel)) return 'panel is not a lab panel of the catalogue';
  if (exam !== undefined && !isExamKey(exam)) return 'exam is not an exam of the catalogue';
  if (abnormal !== undefined && typeof abnormal !== 'boolean') return 'abnormal must be a boolean';
  return {
    cardId,
    ...(hospitalId === undefined ? {} : { hospitalId }),
    ...(kind === undefined ? {} : { kind }),
    ...(panel === undefined ? {} : { panel }),
    ...(exam === undefined ? {} : { exam }),
    ...(abnormal === undefined ? {} : { abnormal }),
  };
}
