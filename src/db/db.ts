// The app's single database instance.
import { createDb } from './schema.ts';

export const db = createDb();
