import type { Language } from "../../core/i18n/language.ts";
import { formatDate } from "../../core/report/format-number.ts";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * An ISO timestamp as a date and time in the language's notation (Dutch: 31-03-2025 14:05), in the
 * browser's time zone (or UTC, for tests). Text that is not a timestamp is shown as it is.
 */
export function formatDateTime(language: Language, iso: string, zone: "local" | "utc" = "local"): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const utc = zone === "utc";
  const date = `${utc ? d.getUTCFullYear() : d.getFullYear()}-${pad((utc ? d.getUTCMonth() : d.getMonth()) + 1)}-${pad(utc ? d.getUTCDate() : d.getDate())}`;
  const time = `${pad(utc ? d.getUTCHours() : d.getHours())}:${pad(utc ? d.getUTCMinutes() : d.getMinutes())}`;
  return `${formatDate(language, date)} ${time}`;
}

/** Only the date of an ISO timestamp, in the language's notation. */
export function formatDay(language: Language, iso: string, zone: "local" | "utc" = "local"): string {
  const full = formatDateTime(language, iso, zone);
  return full === iso ? iso : (full.split(" ")[0] ?? full);
}
