// The era files that ship with the app (decks/eras/*.eras.json), read at build time into the import
// worker's chunk, so an imported deck about a shipped topic gets that topic's eras.
import * as v from 'valibot';
import { type EraFile, EraFileSchema } from '../../extract/deck/index.ts';

const files: Record<string, unknown> = import.meta.glob('/decks/eras/*.eras.json', {
  eager: true,
  import: 'default',
});

/** Every valid shipped era file, by file name; an invalid one is left out (and so never chosen). */
export function shippedEraFiles(): EraFile[] {
  return Object.keys(files)
    .sort()
    .flatMap((path) => {
      const parsed = v.safeParse(EraFileSchema, files[path]);
      return parsed.success ? [parsed.output] : [];
    });
}
