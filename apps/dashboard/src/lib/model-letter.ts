/** Short names for compared models: 0 → "A", 1 → "B". */
export function modelLetter(index: number): string {
  return String.fromCharCode(65 + index);
}
