// Gives every unit test a fresh in-memory IndexedDB, unmounts React trees between tests, and forgets a
// full disk one test simulated.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetStorageFull } from '../db/storage-full.ts';

afterEach(() => {
  cleanup();
  resetStorageFull();
});
