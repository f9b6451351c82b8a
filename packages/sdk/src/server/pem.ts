// PEM text to the DER bytes WebCrypto imports. WeChat Pay hands out either the platform's public key
// ("微信支付公钥", `-----BEGIN PUBLIC KEY-----`, SPKI) or a platform certificate (`-----BEGIN CERTIFICATE-----`,
// X.509); for a certificate the SubjectPublicKeyInfo is cut out of the DER with a minimal walk (RFC 5280
// 4.1), so no X.509 library is needed. The certificate's own signature and validity are not checked here:
// the hospital configured it, it is trusted as given.

const PEM_BLOCK = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/;

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

interface DerElement {
  tag: number;
  /** Offset of the tag byte. */
  start: number;
  /** Offset of the content. */
  contentStart: number;
  /** Offset just past the content. */
  end: number;
}

function readElement(der: Uint8Array, start: number): DerElement {
  const tag = der[start];
  let length = der[start + 1];
  if (tag === undefined || length === undefined) throw new RangeError('Truncated DER');
  let contentStart = start + 2;
  if (length >= 0x80) {
    const lengthBytes = length & 0x7f;
    if (lengthBytes === 0 || lengthBytes > 4) throw new RangeError('Unsupported DER length');
    length = 0;
    for (let index = 0; index < lengthBytes; index++)
      length = length * 256 + (der[contentStart + index] ?? 0);
    contentStart += lengthBytes;
  }
  const end = contentStart + length;
  if (end > der.length) throw new RangeError('Truncated DER');
  return { tag, start, contentStart, end };
}

const SEQUENCE = 0x30;
const EXPLICIT_VERSION = 0xa0;

/** The SubjectPublicKeyInfo of an X.509 certificate: tbsCertificate's 7th field (after the optional version). */
function spkiOfCertificate(der: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const certificate = readElement(der, 0);
  const tbs = readElement(der, certificate.contentStart);
  if (certificate.tag !== SEQUENCE || tbs.tag !== SEQUENCE) throw new RangeError('Not an X.509 certificate');
  let field = readElement(der, tbs.contentStart);
  if (field.tag === EXPLICIT_VERSION) field = readElement(der, field.end);
  // serialNumber, signature, issuer, validity, subject, then subjectPublicKeyInfo.
  for (let skip = 0; skip < 5; skip++) field = readElement(der, field.end);
  if (field.tag !== SEQUENCE) throw new RangeError('No public key in the certificate');
  return der.slice(field.start, field.end);
}

/** The SPKI DER of a `PUBLIC KEY` or `CERTIFICATE` PEM. Throws RangeError for anything else. */
export function spkiFromPem(pem: string): Uint8Array<ArrayBuffer> {
  const block = PEM_BLOCK.exec(pem);
  if (block === null) throw new RangeError('Not a PEM block');
  const der = base64ToBytes(block[2]!.replace(/\s+/g, ''));
  if (block[1] === 'PUBLIC KEY') return der;
  if (block[1] === 'CERTIFICATE') return spkiOfCertificate(der);
  throw new RangeError(`Expected a PUBLIC KEY or CERTIFICATE PEM, got ${block[1]!}`);
}
