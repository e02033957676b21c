import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { HttpBodyError, HttpNetworkError, HttpStatusError, httpJson, httpRequest, redact } from "./http";

// A real local server: each path answers one way, and counts its hits.
const hits = new Map<string, number>();
let server: Server;
let base: string;

function answer(request: IncomingMessage, response: ServerResponse): void {
  const path = new URL(request.url ?? "/", "http://x").pathname;
  const count = (hits.get(path) ?? 0) + 1;
  hits.set(path, count);
  const json = (status: number, body: string): void => {
    response.writeHead(status, { "content-type": "application/json" }).end(body);
  };
  switch (path) {
    case "/ok":
      return json(200, JSON.stringify({ name: "Lyon", population: 522_250 }));
    case "/flaky":
      return count < 3 ? json(503, "busy") : json(200, JSON.stringify({ name: "Lyon", population: 1 }));
    case "/bad-request":
      return json(400, "  the   query   is wrong  ");
    case "/missing":
      return json(404, "{}");
    case "/not-json":
      return json(200, "<html>maintenance</html>");
    case "/wrong-shape":
      return json(200, JSON.stringify({ name: 12 }));
    case "/slow":
      setTimeout(() => json(200, "{}"), 2_000).unref();
      return;
    default:
      return json(500, "oops");
  }
}

beforeAll(async () => {
  server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const city = z.object({ name: z.string(), population: z.number() });

describe("httpJson", () => {
  it("answers the validated body", async () => {
    await expect(httpJson(`${base}/ok`, city, { timeoutMs: 1_000 })).resolves.toEqual({ name: "Lyon", population: 522_250 });
  });

  it("retries 503 with backoff until the server answers", async () => {
    await expect(httpJson(`${base}/flaky`, city, { timeoutMs: 1_000, retries: 3, retryDelayMs: 5 })).resolves.toMatchObject({ name: "Lyon" });
    expect(hits.get("/flaky")).toBe(3);
  });

  it("does not retry a 400, and says what the server answered", async () => {
    const error = await httpJson(`${base}/bad-request`, city, { timeoutMs: 1_000, retries: 3, retryDelayMs: 5 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toMatchObject({ status: 400, bodyExcerpt: "the query is wrong" });
    expect(hits.get("/bad-request")).toBe(1);
  });

  it("gives up after the last retry with the last status", async () => {
    await expect(httpJson(`${base}/server-error`, city, { timeoutMs: 1_000, retries: 1, retryDelayMs: 5 })).rejects.toMatchObject({ status: 500 });
  });

  it("answers null for an accepted status", async () => {
    await expect(httpJson(`${base}/missing`, city, { timeoutMs: 1_000, acceptStatuses: [404] })).resolves.toBeNull();
  });

  it("rejects a body that is not JSON, or not of the expected shape, naming the field", async () => {
    await expect(httpJson(`${base}/not-json`, city, { timeoutMs: 1_000 })).rejects.toBeInstanceOf(HttpBodyError);
    const error = await httpJson(`${base}/wrong-shape`, city, { timeoutMs: 1_000 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpBodyError);
    expect((error as HttpBodyError).reason).toMatch(/^name: /);
  });

  it("stops waiting after the timeout", async () => {
    const started = Date.now();
    const error = await httpJson(`${base}/slow`, city, { timeoutMs: 100 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpNetworkError);
    expect(error).toMatchObject({ timedOut: true, reason: "no answer within 100 ms" });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("reports a refused connection as a network error", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(httpJson(`http://127.0.0.1:${port}/`, city, { timeoutMs: 1_000 })).rejects.toMatchObject({ name: "HttpNetworkError", timedOut: false });
  });

  it("hands the caller's own cancellation back, without retrying", async () => {
    const controller = new AbortController();
    const reason = new Error("import interrupted");
    setTimeout(() => controller.abort(reason), 50);
    await expect(httpJson(`${base}/slow`, city, { timeoutMs: 5_000, retries: 3, signal: controller.signal })).rejects.toBe(reason);
  });
});

describe("httpRequest", () => {
  it("hands back the response unread, so a large body can be streamed", async () => {
    const response = await httpRequest(`${base}/ok`, { timeoutMs: 1_000 });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ name: "Lyon" });
  });
});

describe("redact", () => {
  it("hides passwords and key-like query parameters, in error messages too", async () => {
    expect(redact("https://user:pw@example.org/a?api_key=123&q=Lyon")).toBe("https://user:***@example.org/a?api_key=***&q=Lyon");
    const error = await httpJson(`${base}/bad-request?token=s3cret`, city, { timeoutMs: 1_000 }).catch((caught: unknown) => caught);
    expect(String((error as Error).message)).not.toContain("s3cret");
  });
});
