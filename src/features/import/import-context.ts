// Which import session the Import screen shows: the app's, unless a test provides one with a fake
// generator.
import { createContext } from 'react';
import { type ImportStore, importStore } from './import-store.ts';

export const ImportStoreContext = createContext<ImportStore>(importStore);
