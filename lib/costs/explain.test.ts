import { describe, expect, it } from "vitest";

import { apaDomicile } from "./apa";
import { ehpadRemainingCost } from "./ehpad";
import { domicileSteps, ehpadFalcLines, ehpadSteps, parametersLabel, taxReductionStep } from "./explain";
import { parametersAt } from "./parameters";

// Intl writes narrow no-break spaces; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");
const parameters = parametersAt("2026-12-06");

describe("how an estimate explains itself", () => {
  const stay = { gir: 2 as const, monthlyResources: 1600, couple: false, hebergementDaily: 70, dependanceDaily: 22, dependanceGir56Daily: 6.5, housingAid: null };

  it("says which values it used, and warns once a 1 April revaluation is missing from the table", () => {
    expect(parametersLabel(parametersAt("2025-12-31"))).toBe("valeurs en vigueur depuis le 1er avril 2025");
    expect(parametersLabel(parametersAt("2026-03-31"))).toBe("valeurs en vigueur depuis le 1er janvier 2026");
    expect(parametersLabel(parametersAt("2026-04-01"))).toBe(
      "valeurs en vigueur depuis le 1er janvier 2026 ; la revalorisation du 1er avril 2026 n'est pas encore prise en compte, les montants peuvent légèrement différer",
    );
    expect(parametersAt("2025-03-31").missingMtpRevaluation).toBeNull();
    expect(parametersAt("2027-05-01").missingMtpRevaluation).toBe("2026-04-01");
  });

  it("gives every step of the EHPAD computation with its amount", () => {
    const steps = ehpadSteps(ehpadRemainingCost(stay, parameters)).map((step) => plain(`${step.label} : ${step.amount} — ${step.how}`));
    expect(steps).toEqual([
      "Hébergement : 2 129,17 € par mois — 70,00 € par jour × 30,42 jours (un mois moyen : 365 jours ÷ 12).",
      "Tarif dépendance GIR 1-2 : 669,17 € par mois — 22,00 € par jour × 30,42 jours.",
      "Ressources prises en compte : 1 600,00 € par mois — Vos ressources par mois, telles que vous les avez indiquées.",
      "Votre participation au tarif dépendance : 197,71 € par mois — Vos ressources ne dépassent pas 2 846,77 € (2,21 fois la majoration pour tierce personne, 1 288,13 €) : vous payez seulement le tarif GIR 5-6, 197,71 € par mois.",
      "APA en établissement estimée : 471,46 € par mois — Tarif dépendance 669,17 € − votre participation 197,71 €.",
      "Aide au logement (APL ou ALS) : 0,00 € par mois — Vous n'avez pas indiqué d'aide au logement : nous comptons 0 €. Si l'établissement y ouvre droit, demandez une estimation à la CAF ou à la MSA.",
      "Reste à payer chaque mois : 2 326,88 € par mois — 2 129,17 € + 669,17 € − 471,46 € d'APA − 0,00 € d'aide au logement.",
    ]);
    expect(plain(taxReductionStep(ehpadRemainingCost(stay, parameters)).amount)).toBe("2 500,00 € par an");
  });

  it("the FALC version rounds to the euro and says it is not a decision", () => {
    expect(ehpadFalcLines(ehpadRemainingCost(stay, parameters)).map(plain)).toEqual([
      "Vous allez payer environ 2 327 € chaque mois.",
      "C'est une estimation.",
      "Ce n'est pas une décision.",
      "L'APA peut payer environ 471 € chaque mois.",
      "Le département décide du montant de l'APA.",
      "Vous pouvez aussi payer moins d'impôts : environ 2 500 € chaque année.",
    ]);
  });

  it("à domicile: the cap, the three parts and the participation", () => {
    const input = { gir: 2 as const, monthlyResources: 1600, couple: false, plan: 1000 };
    const steps = domicileSteps(apaDomicile(input, parameters), input, parameters).map((step) => plain(`${step.label} : ${step.amount}`));
    expect(steps).toEqual([
      "Plafond du plan d'aide en GIR 2 : 1 682,30 € par mois",
      "Plan d'aide pris en compte : 1 000,00 € par mois",
      "Ressources prises en compte : 1 600,00 € par mois",
      "Votre taux de participation : 26,6 %",
      "Le plan en trois parts : 408,34 € + 233,15 € + 358,51 €",
      "Votre participation : 164,32 € par mois",
      "APA à domicile estimée : 835,68 € par mois",
      "Ce que vous payez pour ce plan : 164,32 € par mois",
    ]);
  });

  it("GIR 5-6 at home: no APA, and where else to ask", () => {
    const input = { gir: 5 as const, monthlyResources: 1600, couple: false, plan: null };
    const [step] = domicileSteps(apaDomicile(input, parameters), input, parameters);
    expect(step?.how).toContain("caisse de retraite");
  });
});
