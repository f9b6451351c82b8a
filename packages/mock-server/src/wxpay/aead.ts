// AEAD_AES_256_GCM as WeChat Pay v3 uses it for notification resources: the APIv3 key (32 bytes, UTF-8) as
// the key, the resource's 12-character nonce as the IV, `associated_data` as AAD, and the ciphertext sent as
// base64 of ciphertext || 16-byte tag.
import { createCipheriv, createDecipheriv } from 'node:crypto';

const TAG_BYTES = 16;

export function encryptResource(
  apiV3Key: string,
  plaintext: string,
  nonce: string,
  associatedData: string,
): string {
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(apiV3Key, 'utf8'), Buffer.from(nonce, 'utf8'));
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return encrypted.toString('base64');
}

/** The plaintext, or undefined when the ciphertext, nonce, AAD or key do not fit (tampered or wrong key). */
export function decryptResource(
  apiV3Key: string,
  ciphertext: string,
  nonce: string,
  associatedData: string,
): string | undefined {
  try {
    const data = Buffer.from(ciphertext, 'base64');
    if (data.length <= TAG_BYTES) return undefined;
    const decipher = createDecipheriv(
      'aes-256-gcm',
      Buffer.from(apiV3Key, 'utf8'),
      Buffer.from(nonce, 'utf8'),
    );
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(data.subarray(0, data.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return undefined;
  }
}
