import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";

import { INVITATION_FLASH_MAX_AGE_SECONDS, INVITATION_VALIDITY_DAYS } from "@/lib/mandates";
import { READING_VERSION_MAX_AGE_SECONDS } from "@/lib/preferences/reading-version";
import { ENDED_SESSION_RETENTION_DAYS, SIGNED_OUT_SUMMARY_MS } from "@/lib/sessions";

import PersonalDataPage from "./page";

/** The notice as a person reads it: text only, spaces made plain. */
function renderedText(): string {
  return renderToStaticMarkup(<PersonalDataPage />)
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/\s+/g, " ");
}

describe("the privacy notice /donnees-personnelles", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("states the session limits this deployment is configured with", async () => {
    vi.stubEnv("SESSION_IDLE_MINUTES", "45");
    vi.stubEnv("SESSION_MAX_HOURS", "12");
    vi.resetModules();
    const { default: Page } = await import("./page");
    const text = renderToStaticMarkup(<Page />).replace(/\s+/g, " ");
    expect(text).toContain("après 45 minutes sans activité, et au plus tard après 12 heures");
  });

  it("states every duration the code keeps a piece of data for, from the code's own constants", () => {
    const text = renderedText();
    expect(text).toContain("après 30 minutes sans activité, et au plus tard après 8 heures");
    expect(text).toContain(`le code d'invitation est valable ${INVITATION_VALIDITY_DAYS} jours`);
    expect(text).toContain(`quelles sessions ont été fermées, pendant ${SIGNED_OUT_SUMMARY_MS / 60_000} minutes`);
    expect(text).toContain(`une seule fois, pendant ${INVITATION_FLASH_MAX_AGE_SECONDS / 60} minutes au plus`);
    expect(text).toContain(`dans un cookie gardé ${READING_VERSION_MAX_AGE_SECONDS / (365 * 24 * 60 * 60)} an`);
    expect(text).toContain(`chaque session terminée est effacée ${ENDED_SESSION_RETENTION_DAYS} jours après sa fin`);
  });

  it("follows the constants when they change, instead of typing numbers of its own", async () => {
    vi.resetModules();
    vi.doMock("@/lib/mandates", async (original) => ({ ...(await original<object>()), INVITATION_VALIDITY_DAYS: 3, INVITATION_FLASH_MAX_AGE_SECONDS: 120 }));
    vi.doMock("@/lib/sessions", async (original) => ({ ...(await original<object>()), SIGNED_OUT_SUMMARY_MS: 10 * 60_000, ENDED_SESSION_RETENTION_DAYS: 90 }));
    vi.doMock("@/lib/preferences/reading-version", async (original) => ({ ...(await original<object>()), READING_VERSION_MAX_AGE_SECONDS: 2 * 365 * 24 * 60 * 60 }));
    try {
      const { default: Page } = await import("./page");
      const text = renderToStaticMarkup(<Page />).replace(/&#x27;/g, "'").replace(/\s+/g, " ");
      expect(text).toContain("le code d'invitation est valable 3 jours");
      expect(text).toContain("quelles sessions ont été fermées, pendant 10 minutes");
      expect(text).toContain("chaque session terminée est effacée 90 jours après sa fin");
      expect(text).toContain("une seule fois, pendant 2 minutes au plus");
      expect(text).toContain("dans un cookie gardé 2 ans");
    } finally {
      vi.doUnmock("@/lib/mandates");
      vi.doUnmock("@/lib/sessions");
      vi.doUnmock("@/lib/preferences/reading-version");
    }
  });

  it("has one section per processing, each with its data, purpose, recipients, retention and legal basis", () => {
    const html = renderToStaticMarkup(<PersonalDataPage />);
    const processings = [...html.matchAll(/<h3>([^<]+)<\/h3>/g)].map((match) => match[1]);
    expect(processings).toEqual([
      "Votre identité, donnée par FranceConnect",
      "Votre profil, déclaré une fois",
      "Le suivi de vos démarches",
      "Les notifications et les courriels",
      "Vos aidants",
      "Les demandes préparées et envoyées depuis le portail",
      "Mon espace santé",
      "Le journal des partages",
      "Les sessions et la sécurité",
    ]);
    for (const label of ["Données", "Pourquoi", "Qui les voit ou les reçoit", "Combien de temps", "Base légale"]) {
      expect(html.split(`<strong>${label}\u00a0:</strong>`)).toHaveLength(processings.length + 1);
    }
  });

  it("names what is asked from FranceConnect from the configured scopes, and the aidant scopes by their labels", () => {
    const text = renderedText();
    expect(text).toContain("le portail demande à FranceConnect : prénoms, nom de naissance, date de naissance, lieu de naissance, pays de naissance, sexe, adresse électronique, nom d'usage.");
    expect(text).toContain("« Préparer mes demandes » : préparer une demande pour vous");
  });

  it("links to the pages where a person exercises each right, and to the CNIL", () => {
    const html = renderToStaticMarkup(<PersonalDataPage />);
    for (const href of ["/mon-compte/profil", "/mon-compte/journal", "/mon-compte/export", "/mon-compte/suppression", "/mon-compte/aidants", "/mon-compte/mon-espace-sante", "https://www.cnil.fr/fr/plaintes"]) {
      expect(html).toContain(`href="${href}"`);
    }
    expect(renderedText()).toContain("Télécharger mes données");
  });
});
