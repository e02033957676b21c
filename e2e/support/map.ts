import { expect, type Locator, type Page } from "@playwright/test";

// Helpers for the map view (/recherche/carte): clusters and points are drawn on
// a WebGL canvas, so they are found on a screenshot by their colour (the DSFR
// blue of each theme) and size, then clicked like a person would.

export type Mark = { x: number; y: number; diameter: number };
export type Marks = { clusters: Mark[]; points: Mark[] };

export const mapRegion = (page: Page) => page.getByRole("region", { name: /Carte des solutions trouvées/ });

/** Clusters (≥ 32 px discs) and points (16 px discs) on the canvas, in page coordinates, away from the controls. */
export async function findMarks(page: Page): Promise<Marks> {
  const canvas = mapRegion(page);
  // The screenshot scrolls the map into view: measure its box afterwards.
  const png = (await canvas.screenshot({ animations: "disabled" })).toString("base64");
  const box = await canvas.boundingBox();
  if (!box) return { clusters: [], points: [] };
  const blobs = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const context = Object.assign(document.createElement("canvas"), { width: image.width, height: image.height }).getContext("2d");
    if (!context) return { width: image.width, found: [] };
    context.drawImage(image, 0, 0);
    const { data: pixels, width, height } = context.getImageData(0, 0, image.width, image.height);
    // The offers' colour in the light (#000091) and dark (#8585f6) themes.
    const isOffer = (index: number) => {
      const [r, g, b] = [pixels[index * 4] ?? 0, pixels[index * 4 + 1] ?? 0, pixels[index * 4 + 2] ?? 0];
      return (r < 30 && g < 30 && b > 115 && b < 175) || (Math.abs(r - 133) < 25 && Math.abs(g - 133) < 25 && b > 220);
    };
    const seen = new Uint8Array(width * height);
    const found: Array<{ minX: number; maxX: number; minY: number; maxY: number; area: number }> = [];
    for (let start = 0; start < width * height; start += 1) {
      if (seen[start] || !isOffer(start)) continue;
      const blob = { minX: width, maxX: 0, minY: height, maxY: 0, area: 0 };
      const stack = [start];
      seen[start] = 1;
      while (stack.length > 0) {
        const index = stack.pop() as number;
        const [x, y] = [index % width, Math.floor(index / width)];
        Object.assign(blob, { minX: Math.min(blob.minX, x), maxX: Math.max(blob.maxX, x), minY: Math.min(blob.minY, y), maxY: Math.max(blob.maxY, y) });
        blob.area += 1;
        for (const next of [x > 0 ? index - 1 : -1, x < width - 1 ? index + 1 : -1, index - width, index + width]) {
          if (next >= 0 && next < width * height && !seen[next] && isOffer(next)) {
            seen[next] = 1;
            stack.push(next);
          }
        }
      }
      found.push(blob);
    }
    return { width, found };
  }, png);
  const scale = blobs.width / box.width;
  const marks: Marks = { clusters: [], points: [] };
  for (const blob of blobs.found) {
    const [w, h] = [(blob.maxX - blob.minX + 1) / scale, (blob.maxY - blob.minY + 1) / scale];
    // A disc fills π/4 of its box; overlapping discs or dashed lines do not look like one.
    const round = w / h > 0.75 && w / h < 1.33 && blob.area / scale ** 2 / (w * h) > 0.45;
    const x = box.x + (blob.minX + blob.maxX + 1) / 2 / scale;
    const y = box.y + (blob.minY + blob.maxY + 1) / 2 / scale;
    const clear = x > box.x + 50 && x < box.x + box.width - 60 && y > box.y + 40 && y < box.y + box.height - 50;
    if (!round || !clear) continue;
    if (w >= 26) marks.clusters.push({ x, y, diameter: w });
    else if (w >= 11) marks.points.push({ x, y, diameter: w });
  }
  return marks;
}

/** Waits until the points are loaded and drawn. */
export async function waitForMarks(page: Page): Promise<Marks> {
  await expect(page.getByText(/solutions? affichées? sur la carte/)).toBeVisible({ timeout: 20_000 });
  let marks: Marks = { clusters: [], points: [] };
  await expect
    .poll(async () => {
      marks = await findMarks(page);
      return marks.clusters.length + marks.points.length;
    }, { timeout: 20_000 })
    .toBeGreaterThan(0);
  return marks;
}

/** Metres per pixel, from the scale bar (its label and its width): it falls when the map zooms in. */
export async function scaleMetres(page: Page): Promise<number> {
  const { text, width } = await page
    .locator(".maplibregl-ctrl-scale")
    .evaluate((element: HTMLElement) => ({ text: element.textContent ?? "", width: Number.parseFloat(element.style.width) }));
  const match = /([\d.,\s]+)\s*(km|m)\b/.exec(text);
  if (!match?.[1] || !(width > 0)) return Number.NaN;
  const value = Number(match[1].replace(/\s/g, "").replace(",", "."));
  return ((match[2] === "km" ? value * 1000 : value) / width);
}

export function closestToCentre(marks: Mark[], box: { x: number; y: number; width: number; height: number }): Mark {
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  return [...marks].sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy))[0] as Mark;
}

/** Zooms into clusters until a single point is drawn, then clicks it; returns the popup. */
export async function openPointPopup(page: Page): Promise<Locator> {
  const region = mapRegion(page);
  let marks = await waitForMarks(page);
  for (let attempt = 0; attempt < 10 && marks.points.length === 0; attempt += 1) {
    const box = await region.boundingBox();
    expect(marks.clusters.length, "a cluster to zoom into").toBeGreaterThan(0);
    const before = await scaleMetres(page);
    const cluster = closestToCentre(marks.clusters, box as NonNullable<typeof box>);
    await page.mouse.click(cluster.x, cluster.y);
    const popup = page.locator(".maplibregl-popup");
    // A cluster of offers in one building opens a list instead of zooming: close it and try the others.
    await expect.poll(async () => (await popup.count()) > 0 || (await scaleMetres(page)) < before, { timeout: 10_000 }).toBe(true);
    if ((await popup.count()) > 0) await popup.getByRole("button", { name: "Fermer" }).click();
    await page.waitForTimeout(600);
    marks = await findMarks(page);
  }
  const point = marks.points[0];
  expect(point, "a single offer drawn as a point").toBeDefined();
  await page.mouse.click((point as Mark).x, (point as Mark).y);
  const popup = page.locator(".maplibregl-popup");
  await expect(popup).toBeVisible();
  return popup;
}

/** Makes every WebGL context request of the page fail, as on a device without WebGL. */
export async function withoutWebGl(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      if (kind === "webgl" || kind === "webgl2" || kind === "experimental-webgl") return null;
      return (original as (...args: unknown[]) => unknown).call(this, kind, ...rest);
    } as typeof original;
  });
}
