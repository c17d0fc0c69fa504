import { describe, expect, it } from 'vitest';
import { isQuotaError } from './storage-errors.ts';

describe('isQuotaError', () => {
  it('recognises the browser error, bare or wrapped by Dexie, and nothing else', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota }))).toBe(
      true,
    );
    expect(isQuotaError(new Error('x', { cause: quota }))).toBe(true);
    expect(isQuotaError(new Error('Network down'))).toBe(false);
    expect(isQuotaError(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe(false);
    expect(isQuotaError('quota')).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
