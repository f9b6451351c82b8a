import { errorMessages, isErrorCode, messageForCode } from '../../src/domain/error-messages';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The contract's ErrorCode enum, read from the YAML text so a new code without a message fails here.
function contractErrorCodes(): string[] {
  const yaml = readFileSync(join(__dirname, '../../openapi/yika.openapi.yaml'), 'utf8');
  const block = yaml.split('\n    ErrorCode:\n')[1]!.split('\n    ErrorResponse:')[0]!;
  const enumPart = block.split('enum:\n')[1]!;
  return [...enumPart.matchAll(/^\s+- ([A-Z_]+)$/gm)].map((match) => match[1]!);
}

describe('errorMessages', () => {
  it('has a plain-Chinese message for every contract error code', () => {
    const codes = contractErrorCodes();
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) {
      expect(isErrorCode(code)).toBe(true);
      expect(errorMessages).toHaveProperty(code);
      expect(messageForCode(code)).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it.each(['NETWORK_ERROR', 'TIMEOUT', 'ABORTED', 'SIGNED_OUT', 'HOSPITAL_KEY_REQUIRED', 'UNKNOWN_ERROR'])(
    'has a message for the client code %s, which is not a contract code',
    (code) => {
      expect(messageForCode(code)).toMatch(/[\u4e00-\u9fa5]/);
      expect(isErrorCode(code)).toBe(false);
    },
  );

  it('falls back to the generic text for an unknown code and ignores inherited keys', () => {
    expect(messageForCode('SOMETHING_NEW')).toBe(errorMessages.UNKNOWN_ERROR);
    expect(messageForCode('toString')).toBe(errorMessages.UNKNOWN_ERROR);
    expect(isErrorCode('toString')).toBe(false);
  });

  it('never leaks English developer text to residents', () => {
    for (const message of Object.values(errorMessages)) expect(message).not.toMatch(/[A-Za-z]{3,}/);
  });
});
