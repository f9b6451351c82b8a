// Fault injection: make the next matching requests slow, fail, lose their connection, or commit and then
// lose the answer (the case idempotency keys exist for). Rules match a method and a path prefix and are
// used up by `times`. Latency rules add up and combine with at most one other fault per request.

export type FaultKind = 'latency' | 'error' | 'reset' | 'commit-then-drop';

export interface FaultRule {
  kind: FaultKind;
  /** e.g. 'POST'; any method when left out. */
  method?: string;
  /** A path prefix, e.g. '/v1/hospitals'; any path when left out. */
  path?: string;
  /** For `error`: the status (default 503). */
  status?: number;
  /** For `error`: sent as Retry-After. */
  retryAfterSeconds?: number;
  /** For `latency`: the delay. */
  latencyMs?: number;
  /** How many requests the rule affects (default 1; Infinity allowed). */
  times?: number;
}

export interface FaultInjector {
  inject(rule: FaultRule): void;
  clear(): void;
  /** Rules not used up yet (a test can check that every fault it injected was met). */
  readonly pending: number;
}

export interface FaultPlan {
  latencyMs: number;
  /** The error, reset or commit-then-drop to apply, if any. */
  fault?: FaultRule;
}

const KINDS: readonly FaultKind[] = ['latency', 'error', 'reset', 'commit-then-drop'];

/** Why a rule is unusable, or undefined when it is fine (used by inject and the control API). */
export function faultRuleProblem(rule: unknown): string | undefined {
  if (typeof rule !== 'object' || rule === null) return 'a rule must be an object';
  const { kind, method, path, status, retryAfterSeconds, latencyMs, times } = rule as Record<string, unknown>;
  if (!KINDS.includes(kind as FaultKind)) return `kind must be one of ${KINDS.join(', ')}`;
  if (method !== undefined && (typeof method !== 'string' || method === '')) return 'method must be a string';
  if (path !== undefined && (typeof path !== 'string' || !path.startsWith('/')))
    return "path must start with '/'";
  if (
    status !== undefined &&
    !(Number.isInteger(status) && (status as number) >= 400 && (status as number) <= 599)
  ) {
    return 'status must be an integer from 400 to 599';
  }
  if (
    retryAfterSeconds !== undefined &&
    !(Number.isInteger(retryAfterSeconds) && (retryAfterSeconds as number) >= 0)
  ) {
    return 'retryAfterSeconds must be a whole number of seconds';
  }
  if (
    latencyMs !== undefined &&
    !(typeof latencyMs === 'number' && latencyMs >= 0 && Number.isFinite(latencyMs))
  ) {
    return 'latencyMs must be a non-negative number';
  }
  if (kind === 'latency' && latencyMs === undefined) return 'a latency rule needs latencyMs';
  if (
    times !== undefined &&
    !(typeof times === 'number' && times >= 1 && (Number.isInteger(times) || times === Infinity))
  ) {
    return 'times must be a whole number from 1, or Infinity';
  }
  return undefined;
}

interface ActiveRule {
  rule: FaultRule;
  remaining: number;
}

export class FaultTable implements FaultInjector {
  private rules: ActiveRule[] = [];

  inject(rule: FaultRule): void {
    const problem = faultRuleProblem(rule);
    if (problem) throw new TypeError(`Invalid fault rule: ${problem}`);
    this.rules.push({ rule: { ...rule }, remaining: rule.times ?? 1 });
  }

  clear(): void {
    this.rules = [];
  }

  /** What to do to this request; uses up the rules it takes. */
  take(method: string, path: string): FaultPlan {
    const plan: FaultPlan = { latencyMs: 0 };
    for (const active of this.rules) {
      if (!matches(active.rule, method, path)) continue;
      if (active.rule.kind === 'latency') {
        plan.latencyMs += active.rule.latencyMs ?? 0;
        active.remaining -= 1;
      } else if (!plan.fault) {
        plan.fault = active.rule;
        active.remaining -= 1;
      }
    }
    this.rules = this.rules.filter((active) => active.remaining > 0);
    return plan;
  }

  get pending(): number {
    return this.rules.length;
  }
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  return (
    (rule.method === undefined || rule.method.toUpperCase() === method.toUpperCase()) &&
    (rule.path === undefined || path.startsWith(rule.path))
  );
}
