import "server-only";
import { notFound } from "next/navigation";
import { isValidSlug } from "@/core/permalinks";
import { isUiLocale, type UiLocale } from "@/i18n/settings";

/** Validates route parameters; anything malformed is a 404, never an exception. */
export function parseLocale(value: string): UiLocale {
  if (!isUiLocale(value)) notFound();
  return value;
}

export function parseSlug(value: string): string {
  const slug = decodeURIComponent(value);
  if (!isValidSlug(slug)) notFound();
  return slug;
}

export function parseRevisionNumber(value: string): number {
  if (!/^[1-9][0-9]{0,8}$/.test(value)) notFound();
  return Number(value);
}
