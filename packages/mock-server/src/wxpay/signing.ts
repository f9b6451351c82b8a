// The two RSA-SHA256 (SHA256withRSA, PKCS#1 v1.5) signatures of WeChat Pay v3 this simulator makes, over
// exactly the texts WeChat defines: `paySign` for wx.requestPayment (merchant key) and the Wechatpay-Signature
// of a notification (platform key).
import { createSign, createVerify, type KeyObject } from 'node:crypto';

/** `appId\ntimeStamp\nnonceStr\npackage\n`, the text paySign covers. */
export function paySignMessage(appId: string, timeStamp: string, nonceStr: string, pkg: string): string {
  return `${appId}\n${timeStamp}\n${nonceStr}\n${pkg}\n`;
}

/** `timestamp\nnonce\nbody\n`, the text a notification's Wechatpay-Signature covers. */
export function notificationMessage(timestamp: string, nonce: string, body: string): string {
  return `${timestamp}\n${nonce}\n${body}\n`;
}

export function signSha256WithRsa(privateKey: KeyObject, message: string): string {
  return createSign('RSA-SHA256').update(message, 'utf8').sign(privateKey, 'base64');
}

export function verifySha256WithRsa(publicKey: KeyObject, message: string, signature: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(message, 'utf8').verify(publicKey, signature, 'base64');
  } catch {
    return false;
  }
}
