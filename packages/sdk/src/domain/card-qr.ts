// QR text of an e-health card in the national layout: static `<cardId>:1`, dynamic `<cardId>:0:<validity>`.
// Yika's validity part is a compact JWS (see docs/card-code.md); parsing only splits the layout, it
// proves nothing: verify a dynamic code with `@yika/sdk/verify` or online.

export type ParsedCardQrText =
  { kind: 'static'; cardId: string } | { kind: 'dynamic'; cardId: string; validity: string };

const CARD_ID = '[0-9A-F]{64}';
const STATIC = new RegExp(`^(${CARD_ID}):1$`);
const DYNAMIC = new RegExp(`^(${CARD_ID}):0:([^\\s:]+)$`);

/** The layout of a scanned card code, or null when it is not one. Surrounding whitespace (a scanner's CR/LF) is ignored. */
export function parseCardQrText(text: string): ParsedCardQrText | null {
  const trimmed = text.trim();
  const dynamic = DYNAMIC.exec(trimmed);
  if (dynamic !== null) return { kind: 'dynamic', cardId: dynamic[1]!, validity: dynamic[2]! };
  const fixed = STATIC.exec(trimmed);
  if (fixed !== null) return { kind: 'static', cardId: fixed[1]! };
  return null;
}
