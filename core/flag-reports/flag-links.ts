/**
 * The path of the row a flag is about, in the revision it was raised in:
 * `/{lng}/articles/{slug}/r/{n}#p-{anchor}` (anchors are the row numbers people cite).
 */
export function flagRowPath(locale: string, flag: { slug: string; revision: number; anchor: number }): string {
  return `/${locale}/articles/${flag.slug}/r/${flag.revision}#p-${flag.anchor}`;
}
