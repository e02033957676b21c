import { expect, test } from "../support/csp-violations";

test.describe("find an offer", () => {
  test("keyboard only: search, open a result, add it to the comparison, compare two offers", async ({ page, isMobile }) => {
    test.skip(isMobile, "keyboard journeys run on desktop");
    await page.goto("/recherche");
    await page.getByLabel("Où ?").focus();
    await page.keyboard.type("Lyon");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/recherche\?lieu=Lyon/);
    const status = page.getByRole("status");
    await expect(status).toContainText(/\d+ lieux? trouvés?( \(\d+ solutions\))? à moins de 20 km de Lyon/);

    const results = page.getByRole("main").locator("li.portal-result");
    // One card per site: its first offer link (the heading when the site runs one offer).
    await results.first().locator("a[href^='/offres/']").first().focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Adresse et contact" })).toBeVisible();
    const firstName = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    await expect(page.getByRole("heading", { name: "Sources de ces informations" })).toBeVisible();

    await page.getByRole("link", { name: "Ajouter à la comparaison" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/comparer=/);
    await expect(page.getByText("1 solution sélectionnée pour la comparaison.")).toBeVisible();

    // The selection survives going back to the search (it is in the URL).
    await page.getByRole("navigation", { name: "vous êtes ici :" }).getByRole("link", { name: "Trouver une solution" }).focus();
    await page.keyboard.press("Enter");
    await page.getByLabel("Où ?").fill("Lyon");
    await page.getByLabel("Où ?").press("Enter");
    await expect(page.getByText("1 solution sélectionnée pour la comparaison.")).toBeVisible();
    const second = results.nth(1);
    await second.getByRole("link", { name: "Ajouter à la comparaison" }).first().focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("2 solutions sélectionnées pour la comparaison.")).toBeVisible();
    await page.getByRole("link", { name: "Comparer", exact: true }).focus();
    await page.keyboard.press("Enter");
    const table = page.getByRole("table", { name: "Comparaison de 2 solutions" });
    await expect(table).toBeVisible();
    await expect(table.getByRole("columnheader", { name: new RegExp(firstName.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })).toBeVisible();
    await expect(table.getByRole("rowheader", { name: "Prix mensuel estimé" })).toBeVisible();
  });

  test("filters narrow the results and the count follows", async ({ page }) => {
    await page.goto("/recherche?lieu=Lyon");
    const all = Number((await page.getByRole("status").innerText()).replace(/\D+/g, " ").trim().split(" ")[0]);
    await page.goto("/recherche?lieu=Lyon&groupe=en-etablissement&temporalite=permanent&prixMax=2500");
    const status = await page.getByRole("status").innerText();
    const filtered = Number(status.replace(/\D+/g, " ").trim().split(" ")[0]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    for (const price of await page.getByText(/^Prix estimé/).allInnerTexts()) {
      expect(Number(price.replace(/\D/g, ""))).toBeLessThanOrEqual(2500);
    }
  });

  test("on a 375 px phone: search with filters", { tag: "@mobile" }, async ({ page, isMobile }) => {
    test.skip(!isMobile, "mobile journey");
    await page.goto("/recherche");
    await page.getByLabel("Où ?").fill("Villeurbanne");
    await page.getByText("Une personne âgée", { exact: true }).click();
    await page.getByText("Types de solutions").click();
    await page.getByText("Maison de retraite médicalisée (EHPAD)").click();
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/lieu=Villeurbanne/);
    await expect(page).toHaveURL(/type=ehpad/);
    await expect(page.getByRole("status")).toContainText("Villeurbanne");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  });

  test("a place that does not exist and bad values give French help, never a server error", async ({ page }) => {
    let response = await page.goto("/recherche?lieu=Xyzzyville");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Nous ne trouvons pas « Xyzzyville ». Vérifiez l'orthographe, ou indiquez le code postal.").first()).toBeVisible();
    response = await page.goto("/recherche?lieu=Lyon&rayon=500&prixMax=beaucoup");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("Le rayon doit être de 100 km au plus.")).toBeVisible();
    await expect(page.getByText("Le prix maximum doit être un nombre d'euros par mois.")).toBeVisible();
    response = await page.goto("/offres/ror--n-existe-pas");
    expect(response?.status()).toBe(404);
  });

  test("no result: the page says what to try next", async ({ page }) => {
    await page.goto("/recherche?lieu=Lyon&rayon=5&q=zzzzzzzz");
    await expect(page.getByText("Aucune solution ne correspond à votre recherche")).toBeVisible();
    await page.getByRole("link", { name: "chercher plus loin, à 10 km" }).click();
    await expect(page).toHaveURL(/rayon=10/);
  });

  test("the offer page carries schema.org data and a map link that needs no WebGL", async ({ page }) => {
    await page.goto("/recherche?lieu=Lyon&groupe=en-etablissement");
    await page.getByRole("main").locator("li.portal-result a[href^='/offres/']").first().click();
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd).toMatchObject({ "@context": "https://schema.org", "@type": "LocalBusiness" });
    expect(jsonLd.name).toBe(await page.getByRole("heading", { level: 1 }).innerText());
    await expect(page.getByRole("link", { name: "Voir le lieu sur un plan (OpenStreetMap)" })).toHaveAttribute("href", /openstreetmap\.org/);
    await expect(page.getByRole("link", { name: "Préparer une demande sur ViaTrajectoire" })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search, page through the results and open an offer", { tag: "@mobile" }, async ({ page }) => {
    await page.goto("/recherche");
    await page.getByLabel("Où ?").fill("69003");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await expect(page.getByRole("status")).toContainText(/lieux? trouvés?/);
    const next = page.getByRole("link", { name: "Page suivante" });
    if (await next.count()) {
      await next.first().click();
      await expect(page).toHaveURL(/page=2/);
    }
    await page.getByRole("main").locator("li.portal-result a[href^='/offres/']").first().click();
    await expect(page.getByRole("heading", { name: "Adresse et contact" })).toBeVisible();
  });
});

test.describe("around me", () => {
  test.use({ geolocation: { latitude: 45.764, longitude: 4.8357 }, permissions: ["geolocation"] });

  test("« Autour de moi » searches around the browser's position", async ({ page }) => {
    await page.goto("/recherche");
    await page.getByRole("button", { name: "Autour de moi" }).click();
    await expect(page).toHaveURL(/lat=45\.76400&lon=4\.83570/);
    await expect(page.getByRole("status")).toContainText(/lieux? trouvés?( \(\d+ solutions\))? à moins de 20 km de votre position/);
    await expect(page.getByLabel("Où ?")).toHaveValue("");
  });
});

test.describe("around me, refused", () => {
  test.use({ permissions: [] });

  test("a refused position says what to do instead", async ({ page }) => {
    await page.goto("/recherche");
    await page.getByRole("button", { name: "Autour de moi" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Votre position n'est pas disponible. Indiquez une commune ou un code postal." })).toBeVisible();
  });
});
