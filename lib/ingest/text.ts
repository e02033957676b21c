import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";

import iconv from "iconv-lite";

import { httpRequest } from "@/lib/http";
import type { IngestConfig } from "./config";
import type { Progress } from "./source";

export type ByteSource = { chunks: AsyncIterable<Uint8Array>; totalBytes: number | null; origin: string };

/** Opens a local file or an HTTP URL as a stream of bytes. */
export async function openBytes(
  location: { file: string | null; url: string },
  config: IngestConfig,
  signal: AbortSignal,
): Promise<ByteSource> {
  if (location.file) {
    const size = (await stat(location.file)).size;
    return { chunks: createReadStream(location.file, { signal }), totalBytes: size, origin: location.file };
  }
  const response = await httpRequest(location.url, {
    timeoutMs: config.http.timeoutMs,
    retries: config.http.retries,
    signal,
    headers: { Accept: "text/csv, text/plain, */*" },
  });
  if (!response.body) return { chunks: Readable.from([]), totalBytes: 0, origin: location.url };
  const length = Number(response.headers.get("content-length"));
  return {
    chunks: Readable.fromWeb(response.body as import("node:stream/web").ReadableStream<Uint8Array>),
    totalBytes: Number.isFinite(length) && length > 0 ? length : null,
    origin: location.url,
  };
}

/** Counts bytes as they flow, reporting progress at most every 64 KiB. */
export async function* countBytes(
  source: ByteSource,
  onProgress: (progress: Progress) => void,
): AsyncIterable<Uint8Array> {
  let done = 0;
  let reported = 0;
  for await (const chunk of source.chunks) {
    done += chunk.byteLength;
    if (done - reported >= 65_536) {
      reported = done;
      onProgress({ done, total: source.totalBytes, unit: "bytes" });
    }
    yield chunk;
  }
  onProgress({ done, total: source.totalBytes ?? done, unit: "bytes" });
}

export type DetectedEncoding = "utf8" | "win1252";

const SNIFF_BYTES = 65_536;

/**
 * Decodes a byte stream whose encoding is UTF-8 or Latin-1 (Windows-1252, as
 * the FINESS and CNSA exports often are). The first 64 KiB decide: valid UTF-8
 * (or a BOM) means UTF-8, anything else Windows-1252. Streams; never buffers
 * more than the sniffing window.
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array>,
  onEncoding?: (encoding: DetectedEncoding) => void,
): AsyncIterable<string> {
  const head: Buffer[] = [];
  let headLength = 0;
  let decoder: ReturnType<typeof iconv.getDecoder> | null = null;
  for await (const chunk of chunks) {
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (decoder) {
      const text = decoder.write(buffer);
      if (text) yield text;
      continue;
    }
    head.push(buffer);
    headLength += buffer.byteLength;
    if (headLength < SNIFF_BYTES) continue;
    decoder = startDecoder(Buffer.concat(head), onEncoding);
    const text = decoder.write(Buffer.concat(head));
    if (text) yield text;
  }
  if (!decoder) {
    const all = Buffer.concat(head);
    decoder = startDecoder(all, onEncoding);
    const text = decoder.write(all);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

function startDecoder(sample: Buffer, onEncoding?: (encoding: DetectedEncoding) => void) {
  const encoding = detectEncoding(sample);
  onEncoding?.(encoding);
  // iconv-lite strips a UTF-8 BOM by default.
  return iconv.getDecoder(encoding === "utf8" ? "utf8" : "win1252");
}

export function detectEncoding(sample: Buffer): DetectedEncoding {
  if (sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return "utf8";
  try {
    // `stream: true` tolerates a multi-byte character cut at the end of the sample.
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
    return "utf8";
  } catch {
    return "win1252";
  }
}

/** Splits decoded text into lines (LF or CRLF), yielding each with its 1-based number. */
export async function* splitLines(texts: AsyncIterable<string>): AsyncIterable<{ line: string; number: number }> {
  let pending = "";
  let number = 0;
  for await (const text of texts) {
    const buffer = pending + text;
    let start = 0;
    let index = buffer.indexOf("\n", start);
    while (index >= 0) {
      number += 1;
      yield { line: stripCr(buffer.slice(start, index)), number };
      start = index + 1;
      index = buffer.indexOf("\n", start);
    }
    pending = buffer.slice(start);
  }
  if (pending.length > 0) {
    number += 1;
    yield { line: stripCr(pending), number };
  }
}

function stripCr(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
