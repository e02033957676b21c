import { test as setup } from "@playwright/test";

import { people, signIn, storedSessionFile, STORED_SESSION_PEOPLE } from "./sign-in";

// Signs in, once per run and through the real FranceConnect-shaped flow, each
// invented person whose journeys only read, and saves the browser state
// (portal session and identity provider session). Those journeys start from it
// instead of signing in again; the sign-in journeys themselves, and any
// journey that signs out or changes a person's data, still sign in for real.
for (const key of STORED_SESSION_PEOPLE) {
  setup(`sign ${people[key].name} in once and keep the session`, async ({ page }) => {
    await signIn(page, people[key]);
    await page.context().storageState({ path: storedSessionFile(people[key]) });
  });
}
