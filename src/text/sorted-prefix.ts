/** The first position of an ascending array whose value is at least `value`: a binary search. */
export function lowerBound<T extends string | number>(sorted: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words of an ascending array that begin with `prefix`, in order: a binary search, then a walk. */
export function startingWith(sorted: readonly string[], prefix: string): string[] {
  const lo = lowerBound(sorted, prefix);
  const out: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
  return out;
}
