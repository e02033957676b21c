import { describe, expect, it } from "vitest";

import { MES_DEMARCHES_PATH } from "./links";
import { type OrientationAnswers, allOrientationAnswers, orient, parseOrientationQuery } from "./orientation";
import { PUBLIC_PORTALS } from "./portals";
import { listContentRoutes } from "./registry";
import { OFFER_GROUP_SLUGS, SEARCH_PATH } from "./search-link";

const complete: OrientationAnswers = { pour: "moi", public: "personnes-agees", besoin: "trouver", habitat: "domicile" };

describe("parseOrientationQuery", () => {
  it("treats a first visit without answers as empty", () => {
    expect(parseOrientationQuery({})).toEqual({ status: "empty" });
    expect(parseOrientationQuery(new URLSearchParams(""))).toEqual({ status: "empty" });
    expect(parseOrientationQuery({ pour: " ", utm_source: "lettre" })).toEqual({ status: "empty" });
  });

  it.each([
    ["a record", { pour: "moi", public: "personnes-agees", besoin: "trouver", habitat: "domicile" }],
    ["a URLSearchParams", new URLSearchParams("pour=moi&public=personnes-agees&besoin=trouver&habitat=domicile")],
    ["repeated and padded values", { pour: ["moi", "proche"], public: " personnes-agees ", besoin: "trouver", habitat: "domicile" }],
  ])("accepts complete answers from %s", (_, query) => {
    expect(parseOrientationQuery(query)).toEqual({ status: "complete", answers: complete });
  });

  it("explains in French which question is missing or wrong, and keeps what was chosen", () => {
    const parsed = parseOrientationQuery({ pour: "proche", public: "martiens", besoin: "trouver" });
    expect(parsed).toEqual({
      status: "invalid",
      errors: {
        public: "Choisissez une réponse à la question « Quelle est la situation de votre proche ? ».",
        habitat: "Choisissez une réponse à la question « Où votre proche vit-il, ou veut-il vivre ? ».",
      },
      values: { pour: "proche", public: "martiens", besoin: "trouver" },
    });
  });
});

describe("parseOrientationQuery, the form sent", () => {
  it("names every question when the form is sent without any answer (the place field is always sent)", () => {
    const parsed = parseOrientationQuery(new URLSearchParams("lieu="));
    expect(parsed.status).toBe("invalid");
    if (parsed.status !== "invalid") return;
    expect(Object.keys(parsed.errors)).toEqual(["pour", "public", "besoin", "habitat"]);
    expect(parsed.errors.habitat).toBe("Choisissez une réponse à la question « Où vivez-vous, ou voulez-vous vivre ? ».");
  });

  it("keeps the place, optional, with the answers", () => {
    expect(parseOrientationQuery({ ...complete, lieu: " Villeurbanne " })).toEqual({ status: "complete", answers: { ...complete, lieu: "Villeurbanne" } });
    expect(parseOrientationQuery({ ...complete, lieu: "" })).toEqual({ status: "complete", answers: complete });
  });

  it("passes the place to every search it recommends", () => {
    for (const answers of allOrientationAnswers()) {
      for (const recommendation of orient({ ...answers, lieu: "Lyon 3e" })) {
        if (recommendation.href.startsWith(SEARCH_PATH)) expect(recommendation.href).toContain("lieu=Lyon+3e");
      }
    }
  });
});

describe("orient", () => {
  const routePaths = new Set(listContentRoutes().map((route) => route.path));
  const portalUrls = new Set(PUBLIC_PORTALS.map((portal) => portal.url));
  const combinations = allOrientationAnswers();

  it("covers the 48 combinations of answers", () => {
    expect(combinations).toHaveLength(48);
  });

  it.each(combinations.map((answers) => [Object.values(answers).join(" / "), answers] as const))(
    "%s: portal pages first, then existing public portals",
    (_, answers) => {
      const recommendations = orient(answers);
      expect(recommendations.length).toBeGreaterThan(0);
      expect(new Set(recommendations.map((recommendation) => recommendation.id)).size).toBe(recommendations.length);
      const firstExternal = recommendations.findIndex((recommendation) => recommendation.external);
      if (firstExternal >= 0) expect(recommendations.slice(firstExternal).every((r) => r.external)).toBe(true);
      expect(recommendations[0]?.external).toBe(false);
      for (const recommendation of recommendations) {
        expect(recommendation.why.trim().length).toBeGreaterThan(10);
        if (recommendation.external) {
          expect(portalUrls.has(recommendation.href), recommendation.href).toBe(true);
          continue;
        }
        const url = new URL(recommendation.href, "https://portail.test");
        if (url.pathname === SEARCH_PATH) {
          expect(OFFER_GROUP_SLUGS).toContain(url.searchParams.get("groupe"));
          const expectedAudience = answers.besoin === "soutien-aidant" ? "aidants" : answers.public;
          expect(url.searchParams.get("public")).toBe(expectedAudience);
        } else {
          expect(routePaths.has(recommendation.href) || recommendation.href === MES_DEMARCHES_PATH, recommendation.href).toBe(
            true,
          );
        }
      }
    },
  );

  const ids = (answers: Partial<OrientationAnswers>) => orient({ ...complete, ...answers }).map((r) => r.id);

  it.each<[string, Partial<OrientationAnswers>, string[]]>([
    [
      "find, at home, older person",
      {},
      [
        "recherche:vivre-a-domicile",
        "page:solutions/vivre-a-domicile",
        "page:aides/apa-a-domicile",
        "portail:pour-les-personnes-agees",
      ],
    ],
    [
      "find, at home, disabled person",
      { public: "personnes-handicapees" },
      ["recherche:vivre-a-domicile", "page:solutions/vivre-a-domicile", "page:aides/pch", "portail:mon-parcours-handicap"],
    ],
    [
      "find, in an establishment, older person",
      { habitat: "etablissement" },
      [
        "recherche:en-etablissement",
        "page:demarches/entrer-en-etablissement",
        "portail:viatrajectoire",
        "portail:pour-les-personnes-agees",
      ],
    ],
    [
      "find, in an establishment, disabled person",
      { public: "personnes-handicapees", habitat: "etablissement" },
      [
        "recherche:en-etablissement",
        "page:demarches/entrer-en-etablissement",
        "page:demarches/demande-mdph",
        "portail:viatrajectoire",
        "portail:mon-parcours-handicap",
      ],
    ],
    [
      "find, undecided, older person",
      { habitat: "ne-sait-pas" },
      [
        "page:solutions/vivre-a-domicile",
        "page:solutions/habiter-autrement",
        "page:solutions/en-etablissement",
        "recherche:s-informer-et-etre-accompagne",
        "portail:pour-les-personnes-agees",
      ],
    ],
    [
      "find, undecided, disabled person",
      { public: "personnes-handicapees", habitat: "ne-sait-pas" },
      [
        "page:solutions/vivre-a-domicile",
        "page:solutions/en-etablissement",
        "recherche:s-informer-et-etre-accompagne",
        "portail:mon-parcours-handicap",
      ],
    ],
    [
      "money, at home, older person, for oneself",
      { besoin: "aide-financiere" },
      [
        "page:aides/apa-a-domicile",
        "page:aides/carte-mobilite-inclusion",
        "portail:demande-aides-autonomie",
        "portail:mes-droits-sociaux",
      ],
    ],
    [
      "money, at home, older person, for a relative",
      { besoin: "aide-financiere", pour: "proche" },
      [
        "page:aides/apa-a-domicile",
        "page:aides/carte-mobilite-inclusion",
        "page:aides/aides-aidants",
        "portail:demande-aides-autonomie",
        "portail:mes-droits-sociaux",
      ],
    ],
    [
      "money, in an establishment, older person, for a relative",
      { besoin: "aide-financiere", pour: "proche", habitat: "etablissement" },
      [
        "page:aides/apa-en-etablissement",
        "page:aides/aide-sociale-hebergement",
        "page:aides/carte-mobilite-inclusion",
        "portail:mes-droits-sociaux",
      ],
    ],
    [
      "money, at home, disabled person",
      { besoin: "aide-financiere", public: "personnes-handicapees" },
      [
        "page:aides/pch",
        "page:aides/aah",
        "page:demarches/demande-mdph",
        "page:aides/carte-mobilite-inclusion",
        "portail:mdph-en-ligne",
        "portail:mes-droits-sociaux",
      ],
    ],
    [
      "money, in an establishment, disabled person",
      { besoin: "aide-financiere", public: "personnes-handicapees", habitat: "etablissement" },
      [
        "page:aides/pch",
        "page:aides/aah",
        "page:aides/aide-sociale-hebergement",
        "page:demarches/demande-mdph",
        "page:aides/carte-mobilite-inclusion",
        "portail:mdph-en-ligne",
        "portail:mes-droits-sociaux",
      ],
    ],
    ["follow, at home, older person", { besoin: "suivre" }, ["mes-demarches", "page:aides/apa-a-domicile"]],
    [
      "follow, in an establishment, older person",
      { besoin: "suivre", habitat: "etablissement" },
      ["mes-demarches", "page:demarches/entrer-en-etablissement", "portail:viatrajectoire"],
    ],
    [
      "follow, at home, disabled person",
      { besoin: "suivre", public: "personnes-handicapees" },
      ["mes-demarches", "page:demarches/demande-mdph", "portail:mdph-en-ligne"],
    ],
    [
      "follow, in an establishment, disabled person",
      { besoin: "suivre", public: "personnes-handicapees", habitat: "etablissement" },
      [
        "mes-demarches",
        "page:demarches/demande-mdph",
        "page:demarches/entrer-en-etablissement",
        "portail:mdph-en-ligne",
        "portail:viatrajectoire",
      ],
    ],
    [
      "support for a carer of an older person",
      { besoin: "soutien-aidant", pour: "proche" },
      [
        "page:aides/aides-aidants",
        "page:solutions/soutenir-les-aidants",
        "recherche:soutenir-les-aidants",
        "portail:ma-boussole-aidants",
        "portail:pour-les-personnes-agees",
      ],
    ],
    [
      "support for a carer of a disabled person",
      { besoin: "soutien-aidant", public: "personnes-handicapees" },
      [
        "page:aides/aides-aidants",
        "page:solutions/soutenir-les-aidants",
        "recherche:soutenir-les-aidants",
        "portail:ma-boussole-aidants",
        "portail:mon-parcours-handicap",
      ],
    ],
  ])("%s", (_, answers, expected) => {
    expect(ids(answers)).toEqual(expected);
  });

  it("filters the search on the audience, and on carers for carer support", () => {
    expect(orient(complete)[0]?.href).toBe("/recherche?groupe=vivre-a-domicile&public=personnes-agees");
    const support = orient({ ...complete, besoin: "soutien-aidant" }).find((r) => r.id === "recherche:soutenir-les-aidants");
    expect(support?.href).toBe("/recherche?groupe=soutenir-les-aidants&public=aidants");
  });

  it("uses the registry titles for pages", () => {
    expect(orient({ ...complete, besoin: "aide-financiere" })[0]).toEqual({
      id: "page:aides/apa-a-domicile",
      title: "Allocation personnalisée d'autonomie (APA) à domicile",
      why: "Cette aide paie une partie de l'aide à la maison.",
      href: "/comprendre/aides/apa-a-domicile",
      external: false,
    });
  });
});
