// Request ids: unique per response, sortable by time, quoted by residents when reporting a problem.
import { randomBytes } from 'node:crypto';

export function newRequestId(): string {
  return `req_${Date.now().toString(36)}${randomBytes(6).toString('hex')}`;
}
