// What a verified platform webhook event holds. The claims are the contract's (createWebhook): a hospital
// gets its own patient number (院内患者号) for the report, never names, ID numbers or the card ID.
import type { ReportType } from '../types';

/** `data` of `report.ready` (报告已出): fetch the report itself through the hospital's own systems. */
export interface ReportReadyData {
  reportId: string;
  hospitalId: string;
  /** This hospital's own patient number for the card (from the master patient index). */
  patientNumber: string;
  reportType: ReportType;
  /** When the report was issued, `2026-11-23T08:00:00+08:00`. */
  reportedAt: string;
}

interface VerifiedEventEnvelope {
  /** The event id (`jti`): a delivery can repeat (retries), so handle each id once. */
  id: string;
  /** `iat` and `exp` in the contract's timestamp form. */
  issuedAt: string;
  expiresAt: string;
}

/** A `report.ready` event whose signature, issuer, audience, type and times were checked. */
export interface ReportReadyEvent extends VerifiedEventEnvelope {
  type: 'report.ready';
  data: ReportReadyData;
}

/** Every event type a webhook can receive; branch on `type`. */
export type WebhookEvent = ReportReadyEvent;
