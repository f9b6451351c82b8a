import { maskCardId } from '../../src/domain/mask';
import { parseCardQrText } from '../../src/domain/card-qr';

const CARD_ID = '3F2A5B7C9D1E0F2A4B6C8D0E1F3A5B7C9D1E2F4A6B8C0D1E3F5A7B9C0D2E9C01';
const JWS = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

describe('parseCardQrText', () => {
  it('reads the static layout <cardId>:1', () => {
    expect(parseCardQrText(`${CARD_ID}:1`)).toEqual({ kind: 'static', cardId: CARD_ID });
  });

  it('reads the dynamic layout <cardId>:0:<validity>', () => {
    expect(parseCardQrText(`${CARD_ID}:0:${JWS}`)).toEqual({
      kind: 'dynamic',
      cardId: CARD_ID,
      validity: JWS,
    });
  });

  it("ignores a scanner's trailing CR/LF", () => {
    expect(parseCardQrText(`${CARD_ID}:1\r\n`)).toEqual({ kind: 'static', cardId: CARD_ID });
  });

  it.each([
    ['', 'empty'],
    [CARD_ID, 'no flag'],
    [`${CARD_ID}:2`, 'unknown flag'],
    [`${CARD_ID}:0`, 'dynamic without validity'],
    [`${CARD_ID}:0:`, 'empty validity'],
    [`${CARD_ID}:1:${JWS}`, 'static flag with validity'],
    [`${CARD_ID}:0:${JWS}:extra`, 'a fourth part'],
    [`${CARD_ID}:0:abc def`, 'whitespace in the validity'],
    [`${CARD_ID.toLowerCase()}:1`, 'lower-case card ID'],
    [`${CARD_ID.slice(1)}:1`, '63 characters'],
    [`${CARD_ID}0:1`, '65 characters'],
    [`${CARD_ID.slice(1)}G:1`, 'not hex'],
    ['https://example.com/?card=1', 'a URL'],
  ])('refuses %j (%s)', (text) => expect(parseCardQrText(text)).toBeNull());
});

describe('maskCardId', () => {
  it('keeps the first and last 4 characters and hides the length', () => {
    expect(maskCardId(CARD_ID)).toBe('3F2A****9C01');
    expect(maskCardId('ABCDEFGHIJ')).toBe('ABCD****GHIJ');
  });
  it('hides short values entirely', () => {
    expect(maskCardId('ABCDEFGH')).toBe('********');
    expect(maskCardId('')).toBe('');
  });
});
