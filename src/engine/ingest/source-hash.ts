/** FNV-1a over the UTF-16 units of a string: pins chrono's pattern sources (see date-gate.ts). */
export function sourceHash(source: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i += 1) {
    h ^= source.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
