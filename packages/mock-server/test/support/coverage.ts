// Records which contract operation and status every exchange hit, and checks each response against the
// contract as it goes.
import { getContract } from '../../src/contract';
import type { ContractOperation } from '../../src/contract/operations';
import type { Exchange } from './api';

const contract = getContract();

const routes = contract.operations.map((operation) => ({
  operation,
  pattern: new RegExp(`^${operation.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

export function operationFor(method: string, path: string): ContractOperation | undefined {
  const pathname = new URL(path, 'http://x').pathname;
  return routes.find(
    (route) => route.operation.method === method.toLowerCase() && route.pattern.test(pathname),
  )?.operation;
}

export class CoverageRecorder {
  readonly seen = new Set<string>();
  readonly violations: string[] = [];

  record = (method: string, path: string, exchange: Exchange): void => {
    const operation = operationFor(method, path);
    const problems = contract.validator.checkResponse(
      operation,
      exchange.status,
      exchange.headers,
      exchange.text,
    );
    if (problems.length > 0) {
      this.violations.push(`${method} ${path} -> ${exchange.status}: ${JSON.stringify(problems)}`);
    }
    if (operation) this.seen.add(`${operation.operationId} ${exchange.status}`);
  };

  /** Declared responses (operationId + status) that no exchange produced. */
  missing(): string[] {
    return contract.operations.flatMap((operation) =>
      [...operation.responses.keys()]
        .map((status) => `${operation.operationId} ${status}`)
        .filter((key) => !this.seen.has(key)),
    );
  }
}
