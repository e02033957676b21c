// Public entry of the FALC checker. The corpus check lives in "./corpus" and is
// not re-exported here: lib/content and lib/requests import this file, and the
// corpus imports them.
export { ABBREVIATIONS, explainAbbreviations, isKnownAbbreviation } from "./abbreviations";
export type { AbbreviationEntry, AbbreviationKey } from "./abbreviations";
export { DEFAULT_MAX_WORDS_PER_SENTENCE, checkFalcDocument, checkFalcText, formatFalcIssue } from "./check";
export type { FalcCheckOptions, FalcDocument, FalcDocumentIssue, FalcIssue, FalcSegment } from "./check";
export { FALC_RULES, FALC_RULE_IDS } from "./rules";
export type { FalcRuleId, FalcRuleInfo } from "./rules";
