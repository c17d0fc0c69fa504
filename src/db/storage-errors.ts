// Recognises the browser's "out of storage" error, however Dexie wraps it (a failed write inside a
// transaction comes back as an AbortError whose `inner` error is the QuotaExceededError).
export function isQuotaError(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e; depth++) {
    if (typeof e !== 'object') return false;
    const { name, message } = e as { name?: unknown; message?: unknown };
    if (name === 'QuotaExceededError') return true;
    if (typeof message === 'string' && /quota/i.test(message)) return true;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}
