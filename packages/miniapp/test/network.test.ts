import { ApiError, NetworkError, TimeoutError } from '@yika/sdk';
import {
  cameBackOnline,
  connectivityOfNetworkType,
  connectivityOfOnLine,
  loadProblemOf,
  offlineText,
} from '../src/lib/network';

describe('connectivity reports', () => {
  it('reads WeChat network types: only none is offline', () => {
    expect(connectivityOfNetworkType('none')).toBe('offline');
    expect(connectivityOfNetworkType('wifi')).toBe('online');
    expect(connectivityOfNetworkType('4g')).toBe('online');
    expect(connectivityOfNetworkType('unknown')).toBe('online');
    expect(connectivityOfNetworkType(undefined)).toBe('unknown');
  });

  it('reads navigator.onLine', () => {
    expect(connectivityOfOnLine(false)).toBe('offline');
    expect(connectivityOfOnLine(true)).toBe('online');
    expect(connectivityOfOnLine(undefined)).toBe('unknown');
  });
});

describe('loadProblemOf', () => {
  const networkError = new NetworkError();

  it('calls a request that got no answer offline, whatever the device says', () => {
    expect(loadProblemOf(networkError, 'online')).toBe('offline');
    expect(loadProblemOf(networkError, 'unknown')).toBe('offline');
  });

  it('calls any failure offline while the device reports no connection', () => {
    expect(loadProblemOf(new Error('boom'), 'offline')).toBe('offline');
    expect(loadProblemOf(new TimeoutError(10_000), 'offline')).toBe('offline');
  });

  it('keeps timeouts, platform errors and unknown throws as errors when connected', () => {
    expect(loadProblemOf(new TimeoutError(10_000), 'online')).toBe('error');
    const apiError = new ApiError({ status: 503, code: 'SERVICE_UNAVAILABLE', requestId: 'r1' });
    expect(loadProblemOf(apiError, 'online')).toBe('error');
    expect(loadProblemOf(new Error('boom'), 'unknown')).toBe('error');
    expect(loadProblemOf(undefined, 'online')).toBe('error');
  });
});

describe('offlineText', () => {
  it('is sure when the device is offline and promises the automatic reload', () => {
    expect(offlineText('offline')).toEqual({
      title: '网络未连接',
      hint: '请打开移动数据或连接 Wi-Fi，网络恢复后会自动重新加载。',
    });
  });

  it('is careful when only the request failed', () => {
    expect(offlineText('online').title).toBe('网络连接失败');
    expect(offlineText('unknown').hint).toContain('重试');
  });
});

describe('cameBackOnline', () => {
  it('fires only on offline -> online', () => {
    expect(cameBackOnline('offline', 'online')).toBe(true);
    expect(cameBackOnline('unknown', 'online')).toBe(false);
    expect(cameBackOnline('online', 'online')).toBe(false);
    expect(cameBackOnline('offline', 'unknown')).toBe(false);
  });
});
