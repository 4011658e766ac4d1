/** Identifiers derived from content only: the same input always gives the same ids. */
import { createHash } from 'node:crypto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function slug(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.length > 0 ? ascii.slice(0, 60) : 'x';
}

/** Hands out `${base}`, then `${base}-2`, `${base}-3`... */
export class IdAllocator {
  private readonly used = new Set<string>();

  allocate(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n += 1) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

export function articleId(text: string): string {
  return sha256Hex(text).slice(0, 16);
}

export function relationId(parts: readonly string[]): string {
  return sha256Hex(parts.join('|')).slice(0, 16);
}
