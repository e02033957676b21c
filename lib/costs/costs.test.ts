import { describe, expect, it } from "vitest";

import { apaDomicile, apaEtablissement } from "./apa";
import { ehpadRemainingCost } from "./ehpad";
import { MTP, parametersAt, type CostParameters } from "./parameters";
import { parseDomicileQuery, parseEhpadQuery } from "./query";

const cents = (value: number) => Math.round(value * 100) / 100;
/** Parameters with a given MTP, to replay figures published in past years. */
const withMtp = (value: number): CostParameters => ({ ...parametersAt("2025-04-01"), mtp: { from: "test", value, source: "test" } });
const p2025 = parametersAt("2025-06-15");

describe("parameter table", () => {
  it.each([
    ["2024-05-01", 1266.6, 11.65, "2024-04-01"],
    ["2024-12-01", 1266.6, 11.88, "2024-11-01"],
    ["2025-04-01", 1288.13, 11.88, "2025-04-01"],
    ["2025-12-31", 1288.13, 11.88, "2025-04-01"],
    ["2026-12-06", 1288.13, 12.02, "2026-01-01"],
  ])("on %s the MTP is %s €, the SMIC %s € an hour, and the estimate says « values of %s »", (day, mtp, smic, appliesFrom) => {
    const parameters = parametersAt(day);
    expect(parameters.mtp.value).toBe(mtp);
    expect(parameters.smicHoraireBrut.value).toBe(smic);
    expect(parameters.appliesFrom).toBe(appliesFrom);
  });

  it("every dated value names its source", () => {
    for (const entry of MTP) expect(entry.source.length).toBeGreaterThan(20);
  });

  // Thresholds published with the MTP of the day: ASH n° 2293 (2003, MTP 930,06 €) and the DGCS note of 2010 (MTP 1 038,36 €).
  it.each([
    [930.06, 2055.43, 3162.2],
    [1038.36, 2294.78, 3530.42],
    [1288.13, 2846.77, 4379.64],
  ])("APA en établissement thresholds with an MTP of %s € are %s € and %s €", (mtp, lower, upper) => {
    const result = apaEtablissement({ gir: 2, monthlyResources: 0, couple: false, dependanceMonthly: 600, dependanceGir56Monthly: 200 }, withMtp(mtp));
    expect(cents(result.lowerThreshold)).toBe(lower);
    expect(cents(result.upperThreshold)).toBe(upper);
  });

  // Plan caps published for 2024-2025 (pour-les-personnes-agees.gouv.fr): 2 045,56 / 1 654,18 / 1 195,67 / 797,96 €.
  it.each([
    [1, 2045.56],
    [2, 1654.18],
    [3, 1195.67],
    [4, 797.96],
  ] as const)("the APA à domicile plan cap of GIR %s is %s €", (gir, cap) => {
    expect(cents(apaDomicile({ gir, monthlyResources: 1000, couple: false, plan: null }, parametersAt("2024-06-01")).planCap)).toBe(cap);
  });
});

describe("APA en établissement (R232-19)", () => {
  // Tarifs of 22 € (GIR 1-2) and 6,50 € (GIR 5-6) per day, times 365/12 days.
  const fees = { dependanceMonthly: 22 * (365 / 12), dependanceGir56Monthly: 6.5 * (365 / 12) };

  it.each([
    // resources, participation, APA
    [1600, 197.71, 471.46], // below 2.21 MTP: pays only the GIR 5-6 fee
    [2846.77, 197.71, 471.46], // exactly at 2.21 MTP
    [3500, 358.44, 310.73], // between: 0.8 × (R − 2.21 MTP) / 1.19 MTP of the gap
    [4379.64, 574.87, 94.29], // at 3.4 MTP: 80 % of the gap
    [5000, 574.88, 94.29], // above: 80 % of the gap
  ])("resources of %s € (alone): participation %s €, APA %s €", (monthlyResources, participation, apa) => {
    const result = apaEtablissement({ gir: 2, monthlyResources, couple: false, ...fees }, p2025);
    expect(Math.abs(result.participation - participation)).toBeLessThan(0.02);
    expect(cents(result.apa)).toBe(apa);
  });

  it("a couple's 7 000 € count as 3 500 € each", () => {
    const result = apaEtablissement({ gir: 2, monthlyResources: 7000, couple: true, ...fees }, p2025);
    expect(result.consideredResources).toBe(3500);
    expect(cents(result.apa)).toBe(310.73);
  });

  it("GIR 5-6 gets no APA and pays the GIR 5-6 fee", () => {
    const result = apaEtablissement({ gir: 5, monthlyResources: 1000, couple: false, dependanceMonthly: fees.dependanceGir56Monthly, dependanceGir56Monthly: fees.dependanceGir56Monthly }, p2025);
    expect(result.eligible).toBe(false);
    expect(result.apa).toBe(0);
    expect(cents(result.participation)).toBe(197.71);
  });

  it("an APA below 3 × the SMIC horaire (35,64 €) is not paid", () => {
    const result = apaEtablissement({ gir: 4, monthlyResources: 6000, couple: false, dependanceMonthly: 250, dependanceGir56Monthly: 150 }, p2025);
    expect(cents(result.computedApa)).toBe(20);
    expect(cents(result.notPaidBelow)).toBe(35.64);
    expect(result.apa).toBe(0);
  });

  it("the participation leaves at least 10 % of very low resources", () => {
    const result = apaEtablissement({ gir: 1, monthlyResources: 150, couple: false, ...fees }, p2025);
    expect(cents(result.participation)).toBe(135);
  });
});

describe("APA à domicile (R232-11, 2016 formula)", () => {
  it("worked example: GIR 2, 1 600 € alone, plan of 1 000 €", () => {
    const result = apaDomicile({ gir: 2, monthlyResources: 1600, couple: false, plan: 1000 }, p2025);
    expect(cents(result.planCap)).toBe(1682.3);
    expect(result.tranches.map(cents)).toEqual([408.34, 233.15, 358.51]);
    expect(result.resourcesPosition).toBeCloseTo(0.26587, 4);
    expect(cents(result.participation)).toBe(164.32);
    expect(cents(result.apa)).toBe(835.68);
    expect(cents(result.personPays)).toBe(164.32);
  });

  it.each([
    [0, 0], // no resources: no participation
    [0.725 * 1288.13, 0], // exactly at 0.725 MTP: still none
    [2.67 * 1288.13, 0.9 * 800], // at 2.67 MTP: 90 % of the plan
    [10_000, 0.9 * 800], // far above: 90 %
  ])("resources of %s € for a plan of 800 € (GIR 4): participation %s €", (monthlyResources, participation) => {
    expect(cents(apaDomicile({ gir: 4, monthlyResources, couple: false, plan: 800 }, p2025).participation)).toBe(cents(participation));
  });

  it("a couple's resources are divided by 1.7", () => {
    const couple = apaDomicile({ gir: 2, monthlyResources: 2720, couple: true, plan: 1000 }, p2025);
    expect(cents(couple.consideredResources)).toBe(1600);
    expect(cents(couple.apa)).toBe(835.68);
  });

  it("the part of a plan above the cap is paid in full by the person", () => {
    const result = apaDomicile({ gir: 4, monthlyResources: 500, couple: false, plan: 1000 }, p2025);
    expect(cents(result.planRetained)).toBe(811.52);
    expect(cents(result.aboveCap)).toBe(188.48);
    expect(cents(result.personPays)).toBe(188.48);
  });

  it("GIR 5-6 is not eligible", () => {
    const result = apaDomicile({ gir: 6, monthlyResources: 500, couple: false, plan: 300 }, p2025);
    expect(result.eligible).toBe(false);
    expect(result.apa).toBe(0);
    expect(result.personPays).toBe(300);
  });
});

describe("EHPAD remaining cost", () => {
  const base = { gir: 2 as const, monthlyResources: 1600, couple: false, hebergementDaily: 70, dependanceDaily: 22, dependanceGir56Daily: 6.5, housingAid: null };

  it("worked example: GIR 2, 1 600 €, 70 € + 22 € per day", () => {
    const estimate = ehpadRemainingCost(base, p2025);
    expect(cents(estimate.hebergementMonthly)).toBe(2129.17);
    expect(cents(estimate.dependanceMonthly)).toBe(669.17);
    expect(cents(estimate.apa.apa)).toBe(471.46);
    expect(cents(estimate.remainingMonthly)).toBe(2326.88);
    expect(cents(estimate.tax.yearlyExpenses)).toBe(27922.5);
    expect(estimate.tax.retainedExpenses).toBe(10_000);
    expect(estimate.tax.reduction).toBe(2_500);
  });

  it("housing aid comes off the remaining cost, not off the tax base", () => {
    const estimate = ehpadRemainingCost({ ...base, housingAid: 150 }, p2025);
    expect(cents(estimate.remainingMonthly)).toBe(2176.88);
    expect(cents(estimate.tax.yearlyExpenses)).toBe(27922.5);
  });

  it("small costs get 25 % back, below the cap", () => {
    const estimate = ehpadRemainingCost({ ...base, gir: 5, hebergementDaily: 20, dependanceDaily: 6.5 }, p2025);
    expect(cents(estimate.tax.yearlyExpenses)).toBe(9672.5);
    expect(cents(estimate.tax.reduction)).toBe(2418.13);
  });
});

describe("figures typed in the URL", () => {
  const known = { hebergement: 70, tarifGir12: 22, tarifGir34: 14, tarifGir56: 6.5 };

  it("no figure yet: empty, no error shown", () => {
    expect(parseEhpadQuery({ lieu: "Lyon" }, known).status).toBe("empty");
  });

  it("reads French ways of writing amounts", () => {
    const parsed = parseEhpadQuery({ gir: "2", ressources: "1 600,50 €", aideLogement: "" }, known);
    expect(parsed.status).toBe("complete");
    if (parsed.status !== "complete") return;
    expect(parsed.input.monthlyResources).toBe(1600.5);
    expect(parsed.input.housingAid).toBeNull();
    expect(parsed.input.dependanceDaily).toBe(22);
  });

  it.each([
    [{ gir: "2", ressources: "-100" }, "ressources", "Le montant des ressources ne peut pas être négatif."],
    [{ gir: "2", ressources: "beaucoup" }, "ressources", "Le montant des ressources doit être un nombre (euros par mois), par exemple 1 600."],
    [{ gir: "2", ressources: "1e9" }, "ressources", "Le montant des ressources doit être un nombre (euros par mois), par exemple 1 600."],
    [{ gir: "2", ressources: "250000" }, "ressources", "Le montant des ressources semble trop élevé : 100 000 euros par mois au plus."],
    [{ gir: "7", ressources: "1600" }, "gir", "Choisissez le GIR, de 1 à 6. Si vous ne le connaissez pas, choisissez celui qui paraît le plus proche."],
    [{ gir: "2" }, "ressources", "Indiquez vos ressources par mois, en euros."],
    [{ gir: "2", ressources: "1600", aideLogement: "5000" }, "aideLogement", "L'aide au logement semble trop élevé : 2 000 euros par mois au plus."],
  ])("%o is refused on « %s »", (params, field, message) => {
    const parsed = parseEhpadQuery(params, known);
    expect(parsed.status).toBe("invalid");
    if (parsed.status === "invalid") expect(parsed.errors[field as "gir"]?.replace(/\u202f/g, " ")).toBe(message);
  });

  it("asks for the prices the offer does not publish, and only those", () => {
    const parsed = parseEhpadQuery({ gir: "2", ressources: "1600" }, { hebergement: 65, tarifGir12: null, tarifGir34: null, tarifGir56: 6 });
    expect(parsed.status).toBe("invalid");
    if (parsed.status !== "invalid") return;
    expect(Object.keys(parsed.errors)).toEqual(["dependance"]);
    const typed = parseEhpadQuery({ gir: "2", ressources: "1600", dependance: "21,5" }, { hebergement: 65, tarifGir12: null, tarifGir34: null, tarifGir56: 6 });
    expect(typed.status === "complete" && typed.input.dependanceDaily).toBe(21.5);
  });

  it("a published price wins over a typed one", () => {
    const parsed = parseEhpadQuery({ gir: "2", ressources: "1600", hebergement: "1" }, known);
    expect(parsed.status === "complete" && parsed.input.hebergementDaily).toBe(70);
  });

  it("domicile: an optional plan; nonsense is refused per field", () => {
    const parsed = parseDomicileQuery({ gir: "3", ressources: "1200", couple: "oui" });
    expect(parsed.status === "complete" && parsed.input).toEqual({ gir: 3, monthlyResources: 1200, couple: true, plan: null });
    const bad = parseDomicileQuery({ gir: "3", ressources: "1200", plan: "abc", couple: "peut-être" });
    expect(bad.status === "invalid" && bad.errors).toEqual({
      plan: "Le montant du plan d'aide doit être un nombre (euros par mois), par exemple 1 600.",
      couple: "Valeur inattendue pour « en couple ».",
    });
  });
});
