import { isFlagKind, isFlagStatus, type FlagKind, type FlagStatus } from "../flags";
import { isContentLanguage, type ContentLanguage } from "../languages";

/** Which flags a report or an export shows; an absent field means every value. */
export interface FlagFilter {
  kind?: FlagKind;
  language?: ContentLanguage;
  status?: FlagStatus;
}

/** The query-string names of FlagFilter's fields (`?kind=number-mismatch&language=zh-Hant&status=open`). */
export const FLAG_FILTER_PARAMETERS = ["kind", "language", "status"] as const;
export type FlagFilterParameter = (typeof FLAG_FILTER_PARAMETERS)[number];

/**
 * Reads a filter from query-string values (`get` returns a parameter's value, or null when it is
 * absent). An empty value means "all" (what a form's "all" option sends). Values that are not a
 * flag kind, a content language or a status are listed in `invalid` (parameter names), and are
 * left out of the filter.
 */
export function parseFlagFilter(get: (name: FlagFilterParameter) => string | null | undefined): {
  filter: FlagFilter;
  invalid: FlagFilterParameter[];
} {
  const filter: FlagFilter = {};
  const invalid: FlagFilterParameter[] = [];
  const kind = get("kind");
  if (kind) {
    if (isFlagKind(kind)) filter.kind = kind;
    else invalid.push("kind");
  }
  const language = get("language");
  if (language) {
    if (isContentLanguage(language)) filter.language = language;
    else invalid.push("language");
  }
  const status = get("status");
  if (status) {
    if (isFlagStatus(status)) filter.status = status;
    else invalid.push("status");
  }
  return { filter, invalid };
}

/** The query string of `filter` (with a leading "?", or "" when it filters nothing), fields in a fixed order. */
export function flagFilterQuery(filter: FlagFilter): string {
  const parameters = new URLSearchParams();
  for (const name of FLAG_FILTER_PARAMETERS) {
    const value = filter[name];
    if (value !== undefined) parameters.set(name, value);
  }
  const query = parameters.toString();
  return query === "" ? "" : `?${query}`;
}
