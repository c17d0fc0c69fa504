// Gives every unit test a fresh in-memory IndexedDB and unmounts React trees between tests.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
