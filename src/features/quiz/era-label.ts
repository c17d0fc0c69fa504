// An era's name with its years, for compact choosers.
import type { Era } from '../../domain/deck-schema.ts';

export function eraYearsLabel(era: Era): string {
  if (era.from === null && era.to !== null) return `${era.name} (to ${era.to})`;
  if (era.from !== null && era.to === null) return `${era.name} (${era.from}–)`;
  if (era.from !== null && era.to !== null) return `${era.name} (${era.from}–${era.to})`;
  return era.name;
}
