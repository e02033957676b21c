/** lib/costs — remaining cost of an EHPAD stay and APA estimates (pure functions; see README.md). */
export { apaDomicile, apaEtablissement, apaEligible, GIRS, type ApaDomicile, type ApaEtablissement, type Gir } from "./apa";
export { dependanceForGir, ehpadRemainingCost, type EhpadCostEstimate, type EhpadCostInput } from "./ehpad";
export {
  costSources,
  domicileFalcLines,
  domicileSteps,
  ehpadFalcLines,
  ehpadSteps,
  formatEuros,
  formatRoundEuros,
  COST_FALC_EXPLAINS,
  listCostFalcDocuments,
  parametersLabel,
  taxReductionStep,
  type CostStep,
} from "./explain";
export { MTP, parametersAt, RATIOS, SMIC_HORAIRE_BRUT, type CostParameters, type Sourced } from "./parameters";
export {
  DOMICILE_FIELDS,
  EHPAD_FIELDS,
  NO_KNOWN_PRICES,
  parseDomicileQuery,
  parseEhpadQuery,
  keptParams,
  PERSON_FIELDS,
  personErrors,
  personFigures,
  type DomicileField,
  type DomicileInput,
  type EhpadField,
  type KnownPrices,
  type ParsedQuery,
} from "./query";
export { EHPAD_COST_TYPES, estimateDomicile, estimateEhpad, knownPricesOf, type DomicileEstimateView, type EhpadEstimateView } from "./estimate";
