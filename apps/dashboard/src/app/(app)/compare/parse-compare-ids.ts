/** `?ids=a,b` or `?ids=a&ids=b` → distinct, non-empty ids in order. */
export function parseCompareIds(value: string | string[] | undefined): string[] {
  const parts = (Array.isArray(value) ? value : [value ?? '']).flatMap((v) => v.split(','));
  return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
}
