// A fresh, uniquely named database per test, on fake-indexeddb.
import { createDb, type RecallDb } from '../db/schema.ts';

let counter = 0;

export function freshDb(): RecallDb {
  counter += 1;
  return createDb(`test-${Date.now()}-${counter}`);
}
