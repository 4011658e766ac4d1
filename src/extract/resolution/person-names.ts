/**
 * Which person a name is: a full name stands for itself, a surname for the one person of the article who
 * bears it, and two full names with one surname and first names one letter apart ("Anthony" and "Antony")
 * are a misspelling. Two people who share a first name are never merged.
 */

export function surnameOf(name: string): string {
  const words = name.split(' ');
  return words[words.length - 1] as string;
}

export function isMisspelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  return editDistanceAtMostOne(a.toLowerCase(), b.toLowerCase());
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Same surname, and first names equal or one letter apart. */
export function sameFullName(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (surnameOf(a) !== surnameOf(b)) return false;
  const fa = wa[0] as string;
  const fb = wb[0] as string;
  return isMisspelling(fa, fb);
}
