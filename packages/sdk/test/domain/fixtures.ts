// Real-shaped resident ID numbers for the tests, with check characters computed by an independent
// expression of ISO 7064 MOD 11-2 (weights as powers of two mod 11), not by the code under test.
export function withCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const value = (12 - (sum % 11)) % 11;
  return first17 + (value === 10 ? 'X' : String(value));
}
