import { describe, expect, it } from 'vitest';
import { BAD_BACKUPS, validBackup } from '../testing/bad-backups.ts';
import { checkBackupText, nestingOf } from './backup-schema.ts';

describe('backup schema', () => {
  it('accepts the valid backup the catalogue is made from, with or without a byte order mark', () => {
    const text = JSON.stringify(validBackup());
    const checked = checkBackupText(text);
    expect(checked).toMatchObject({ ok: true, backup: { format: 2 } });
    expect(checkBackupText(`\ufeff${text}`).ok).toBe(true);
  });

  it.each(BAD_BACKUPS.map((b) => [b.name, b] as const))('refuses %s, naming the problem', (_name, bad) => {
    const checked = checkBackupText(bad.text);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.message).toMatch(/^This backup was not restored: /);
    expect(checked.message).toMatch(bad.problem);
    expect(checked.message).toMatch(/Nothing was changed\.$/);
  });

  it('has at least 25 kinds of bad file', () => {
    expect(BAD_BACKUPS.length).toBeGreaterThanOrEqual(25);
  });

  it('measures nesting without counting brackets inside strings', () => {
    expect(nestingOf('{"a":[[1]],"b":"[[[[[[\\"[[["}')).toBe(3);
    expect(nestingOf('[]')).toBe(1);
    expect(nestingOf('"x"')).toBe(0);
  });
});
