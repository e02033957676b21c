import { createServer } from "node:http";

import { listen } from "./http";

// Test support: a stand-in for the portal's webhook endpoint that records
// every delivery and answers with scripted statuses (then the last one).

export interface ReceivedWebhook {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** Statuses for the next deliveries, in order; the last one repeats. */
  answer(...statuses: number[]): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let statuses: number[] = [204];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers[name] = value;
      received.push({ path: req.url ?? "", headers, body: Buffer.concat(chunks).toString("utf8") });
      const status = statuses.length > 1 ? (statuses.shift() ?? 204) : (statuses[0] ?? 204);
      res.writeHead(status, { "content-type": "application/json" });
      res.end(status === 204 ? undefined : JSON.stringify({ statut: status }));
    });
  });
  const bound = await listen(server, 0, "127.0.0.1");
  return {
    url: `http://127.0.0.1:${bound.port}`,
    received,
    answer: (...next) => {
      statuses = next.length > 0 ? next : [204];
    },
    close: bound.close,
  };
}
