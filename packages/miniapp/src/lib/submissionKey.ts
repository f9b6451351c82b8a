// One idempotency key (Idempotency-Key) per distinct submission: tapping submit again after a timeout
// sends the same key, so the platform answers with the first outcome instead of applying twice (after a
// first success, a second application would fail: the SMS code is used up and the card is bound). A
// changed form is a new submission and gets a new key (the same key with another body is refused).

export function randomSubmissionKey(
  now: () => number = Date.now,
  random: () => number = Math.random,
): string {
  const part = () =>
    Math.floor(random() * 2 ** 32)
      .toString(36)
      .padStart(7, '0');
  return `mp_${now().toString(36)}_${part()}${part()}`;
}

export interface SubmissionKeys {
  keyFor(payload: unknown): string;
  /** After a definite answer (success or refusal), the next submission is a new one. */
  settle(): void;
}

export function createSubmissionKeys(generate: () => string = randomSubmissionKey): SubmissionKeys {
  let last: { body: string; key: string } | null = null;
  return {
    keyFor(payload) {
      const body = JSON.stringify(payload);
      if (last === null || last.body !== body) last = { body, key: generate() };
      return last.key;
    },
    settle() {
      last = null;
    },
  };
}
