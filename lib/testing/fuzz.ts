import fc from "fast-check";
import { expect } from "vitest";

/**
 * Property-based tests run the same way on every machine: a fixed seed (a
 * failure prints its counterexample and path, so it can be replayed) and a
 * number of runs that keeps the whole fuzz suite within about 30 s.
 */
export const FUZZ_PARAMETERS = { seed: 20_261_206, numRuns: 200 } as const;

// Words of the messages libraries write in English (zod, Prisma, Node, JSON.parse): none may reach a person.
const ENGLISH = /\b(invalid|expected|received|must|required|too (small|big)|error|failed|cannot|unexpected|undefined|null|NaN|object|string|number|array|token)\b/i;

/** A sentence for a person: French, not a library's English, not a stack trace or a raw value. */
export function expectFrenchMessage(text: unknown): void {
  expect(typeof text, `message ${JSON.stringify(text)}`).toBe("string");
  const message = text as string;
  expect(message.length, `message ${JSON.stringify(message)}`).toBeGreaterThan(10);
  expect(message, "message starts with a capital letter or «").toMatch(/^[A-ZÀÂÇÉÈÊÎÔÛ«]/);
  expect(message, "message is not English").not.toMatch(ENGLISH);
  expect(message, "message has no code or stack").not.toMatch(/\bat \S+:\d+|[{}[\]]|\bP\d{4}\b/);
}

/** Text people (or robots) put in a query string or a form: any Unicode, lone surrogates, control and URL characters. */
export const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 400 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom("", " ", "-1", "0", "1e309", "NaN", "Infinity", "0x10", "1.5", "  12  ", "%", "%E0%A4%A", "\u0000", "../", "<script>", "'; DROP TABLE", "🏠", "\uD800", "9".repeat(40)),
  },
);

/** A query string value as Next.js passes it to a page: absent, one value, or a repeated key. */
export const anyParamValue = fc.oneof(fc.constant(undefined), anyText, fc.array(anyText, { maxLength: 4 }));
