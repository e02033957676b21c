/**
 * "Vouliez-vous dire … ?": the edit distance between two normalised names,
 * counting a swap of two neighbouring letters as one edit ("vileurbanne",
 * "villeurbane", "villuerbanne" are all one edit from "villeurbanne"). Gives up
 * as soon as the distance exceeds `max`, so scanning every commune stays fast.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** Edits allowed for a name of this length: none below 4 letters, one up to 6, two beyond. */
export function allowedEdits(name: string): number {
  return name.length < 4 ? 0 : name.length <= 6 ? 1 : 2;
}

/**
 * The name closest to `wanted` among `names` (already normalised), within the
 * edits allowed for its length; ties go to the earliest name, so callers list
 * the most likely first. Null when nothing is close enough.
 */
export function closestName(wanted: string, names: Iterable<string>): string | null {
  const max = allowedEdits(wanted);
  if (max === 0) return null;
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const name of names) {
    const distance = editDistance(wanted, name, Math.min(max, bestDistance - 1));
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best;
}
