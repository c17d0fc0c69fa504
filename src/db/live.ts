// Live queries for the screens: re-run when the tables they read change, in this tab or another.
// Features import them from here so that only db/ depends on Dexie.
export { liveQuery, type Subscription } from 'dexie';
export { useLiveQuery } from 'dexie-react-hooks';
