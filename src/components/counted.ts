// A number with its noun, as screens show counts. Its own module, so a screen that loads later does
// not pull it into the first screen's chunk.

/** "1 card", "0 cards", "1,204 cards". */
export function counted(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
