// Remembers a pure function's answers, boundedly: hot paths ask the same few questions thousands of times
// a second (a date's midnight, a slot's start as text), and the answers never change. When full, the
// table starts over rather than tracking recency: the working set is small, a refill is cheap.

export const MEMO_ENTRIES_KEPT = 4096;

export function memoise<K, V>(compute: (key: K) => V, capacity: number = MEMO_ENTRIES_KEPT): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as V;
    const answer = compute(key);
    if (answers.size >= capacity) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
