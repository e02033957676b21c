/** Small normalisers shared by the mappers: trimmed text or null, phones, e-mails, URLs. */

export function cleanText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.replace(/\s+/g, " ").trim();
  return trimmed === "" || trimmed === "\\N" ? null : trimmed;
}

/** French phone numbers as "01 23 45 67 89"; other forms kept as given. */
export function cleanPhone(value: string | null | undefined): string | null {
  const text = cleanText(value);
  if (!text) return null;
  let digits = text.replace(/[^\d+]/g, "");
  if (digits.startsWith("+33")) digits = `0${digits.slice(3)}`;
  if (/^0\d{9}$/.test(digits)) return digits.replace(/(\d{2})(?=\d)/g, "$1 ").trim();
  return text;
}

export function cleanEmail(value: string | null | undefined): string | null {
  const text = cleanText(value);
  return text && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? text.toLowerCase() : null;
}

export function cleanUrl(value: string | null | undefined): string | null {
  const text = cleanText(value);
  if (!text) return null;
  const withScheme = /^https?:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return url.hostname.includes(".") ? url.toString() : null;
  } catch {
    return null;
  }
}

/** 14-digit SIRET, or null. */
export function cleanSiret(value: string | null | undefined): string | null {
  const digits = (value ?? "").replace(/\s/g, "");
  return /^\d{14}$/.test(digits) ? digits : null;
}

/** 9-character FINESS number (digits, or 2A/2B for Corsica), left-padded when a spreadsheet dropped the leading zero. */
export function cleanFiness(value: string | null | undefined): string | null {
  const text = (value ?? "").replace(/\s/g, "").toUpperCase();
  if (/^\d{8}$/.test(text)) return `0${text}`;
  return /^(?:\d{9}|2[AB]\d{7})$/.test(text) ? text : null;
}

/** ISO date (YYYY-MM-DD, or full instant) or French date (DD/MM/YYYY) → Date; null when absent or unreadable. */
export function parseDate(value: string | null | undefined): Date | null {
  const text = cleanText(value);
  if (!text) return null;
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const iso = french ? `${french[3]}-${french[2]}-${french[1]}` : text;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? null : date;
}
