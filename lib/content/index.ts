// Public entry of the editorial content layer ("Comprendre mes droits").
export { COMPRENDRE_PATH, COST_ESTIMATE_PATH, MDPH_REQUEST_PATH, MES_DEMARCHES_PATH, ORIENTATION_PATH, contentPagePath, sectionPath } from "./links";
export { OFFER_GROUPS, getOfferGroup } from "./offer-groups";
export type { OfferGroup, OfferTypeInfo } from "./offer-groups";
export {
  ORIENTATION_PLACE_QUESTION,
  ORIENTATION_QUESTIONS,
  allOrientationAnswers,
  questionLegend,
  readerOf,
  wordingFor,
  orient,
  orientationAnswersSchema,
  parseOrientationQuery,
} from "./orientation";
export type {
  OrientationAnswers,
  OrientationQuery,
  OrientationQuestionId,
  ParsedOrientation,
  Reader,
  Recommendation,
  Wording,
} from "./orientation";
export { PICTOGRAMS, getPictogram } from "./pictograms";
export type { Pictogram, PictogramKey } from "./pictograms";
export { PORTAL_ANSWER_LABELS, PUBLIC_PORTALS, getPortal } from "./portals";
export type { PortalAnswer, PortalFact, PortalId, PublicPortal } from "./portals";
export { CONTENT_SECTIONS, getContentPage, getContentSection, listContentPages, listContentRoutes } from "./registry";
export type { ContentRoute, ContentSectionInfo } from "./registry";
export { OFFER_GROUP_SLUGS, SEARCH_PATH, buildSearchHref } from "./search-link";
export type { OfferGroupSlug, SearchAudience, SearchFilter } from "./search-link";
export type { Block, ContentLink, ContentPage, ContentSection, FalcBlock, FalcLine } from "./types";
export { COMPRENDRE_FALC, falcSummary, landingFalc, ORIENTATION_FALC, SECTION_FALC, sectionFalc, type LandingFalc } from "./landing-falc";
