// Display masking, as residents see it in Chinese health apps: phone 138****5678, ID number first 6 and
// last 4, name 李* / 李**. Masking is for display; it is not a security boundary.

function stars(count: number): string {
  return count > 0 ? '*'.repeat(count) : '';
}

/** `13812345678` -> `138****5678`. Other shapes keep at most their first 3 and last 4 characters. */
export function maskPhone(phone: string): string {
  const length = phone.length;
  if (length >= 8) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  if (length >= 3) return `${phone.slice(0, 1)}${stars(length - 2)}${phone.slice(-1)}`;
  return stars(length);
}

/**
 * An 18-character ID number keeps its first 6 (region) and last 4 characters: `110105********002X`.
 * Shorter documents (passports, permits) keep only their first and last character.
 */
export function maskIdNumber(idNumber: string): string {
  const length = idNumber.length;
  if (length >= 15) return `${idNumber.slice(0, 6)}${stars(length - 10)}${idNumber.slice(-4)}`;
  if (length >= 3) return `${idNumber.slice(0, 1)}${stars(length - 2)}${idNumber.slice(-1)}`;
  return stars(length);
}

const SEPARATOR = /[\s·•.\-'’]/;

/**
 * Keeps the first character and hides every other letter: `李四` -> `李*`, `李小明` -> `李**`,
 * `欧阳娜娜` -> `欧***`. Separators stay, so names of ethnic minorities and foreigners keep their shape:
 * `买买提·艾力` -> `买**·**`, `John Smith` -> `J*** *****`. A one-character name becomes `*`.
 */
export function maskName(name: string): string {
  const characters = Array.from(name.trim()); // code points, so rare characters outside the BMP count once
  if (characters.length <= 1) return stars(characters.length);
  let masked = characters[0]!;
  for (let i = 1; i < characters.length; i++) {
    const character = characters[i]!;
    masked += SEPARATOR.test(character) ? character : '*';
  }
  return masked;
}

/**
 * A 64-hex card ID keeps its first 4 and last 4 characters with a fixed `****` between, so the mask does
 * not tell the length either: `3F2A****9C01`. Anything of 8 characters or fewer is fully hidden.
 */
export function maskCardId(cardId: string): string {
  if (cardId.length <= 8) return stars(cardId.length);
  return `${cardId.slice(0, 4)}****${cardId.slice(-4)}`;
}
