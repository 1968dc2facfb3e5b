/**
 * A publication date (ISO `YYYY-MM-DD`) written for a reader of `locale`: "March 14, 2026",
 * "2026年3月14日". The date is a calendar day, so it is formatted in UTC to never shift a day.
 * Anything that is not an ISO date is returned unchanged.
 */
export function formatPublicationDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" }).format(date);
}
