// The app's single database instance, its writes guarded against a full disk.
import { createDb } from './schema.ts';
import { storageGuard } from './storage-full.ts';

export const db = createDb();
db.use(storageGuard);
