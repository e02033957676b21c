/**
 * Official nomenclatures (NOS, published by the ANS) used by the catalogue:
 * codes and labels transcribed from the "Terminologies de Santé" value sets.
 * The app ships without ../shared, so they live here; referentials.test.ts
 * checks every code and label against the official CSV exports.
 */

export type Nomenclature = {
  /** Value set identifier, e.g. JDV_J238-TypeOffre-ROR. */
  valueSet: string;
  /** FHIR code system of the codes (the TRE the value set draws from). */
  system: string;
  concepts: ReadonlyMap<string, string>;
};

function nomenclature(valueSet: string, system: string, entries: ReadonlyArray<readonly [string, string]>): Nomenclature {
  return { valueSet, system, concepts: new Map(entries) };
}

const NOS = "https://mos.esante.gouv.fr/NOS";

/** Type d'offre (ROR), subset covering the elderly, disability and medico-social fields. */
export const J238_TYPE_OFFRE = nomenclature(
  "JDV_J238-TypeOffre-ROR",
  `${NOS}/TRE_R244-CategorieOrganisation/FHIR/TRE-R244-CategorieOrganisation`,
  [
    ["21", "Accueil ou hébergement pour personnes âgées dépendantes, sans spécificité"],
    ["22", "Accueil ou hébergement pour personnes âgées autonomes, sans spécificité"],
    ["23", "Accueil ou hébergement pour personnes âgées dépendantes, avec spécificité Unité d'Hébergement Renforcé (UHR)"],
    ["24", "Accueil ou hébergement pour personnes âgées dépendantes, avec spécificité Unité de vie protégée (UVP, Cantou,...)"],
    ["25", "Pôle d'activité de Soins Adaptés (PASA)"],
    ["26", "Accueil ou hébergement pour personnes âgées dépendantes, avec spécificité Petites unités de vie (PUV)"],
    ["27", "Accueil ou hébergement pour personnes âgées autonomes, avec spécificité Maison d'accueil rural (MARPA)"],
    ["28", "Services Soins infirmiers à domicile (SSIAD)"],
    ["29", "Equipe spécialisée Alzheimer (ESA)"],
    ["30", "Service autonomie à domicile (SAD) aide"],
    ["31", "Service d'Accompagnement à la Vie Sociale (SAVS)"],
    ["32", "Service d'accompagnement médico-social adultes handicapés (SAMSAH)"],
    ["33", "Service de portage de repas à domicile"],
    ["34", "Service de Téléassistance"],
    ["35", "Foyer restaurant"],
    ["36", "Dispositif d'accueil familial social PA-PH"],
    ["37", "Centre d'accueil familial spécialisé (CAFS)"],
    ["38", "Plateforme d'accompagnement et de répit"],
    ["39", "Foyer ou établissement d'accueil médicalisé (FAM ou EAM)"],
    ["40", "Maison d'accueil spécialisée (MAS)"],
    ["41", "Etablissement d'accueil non médicalisé (EANM) dont foyer de vie et foyer d'hébergement"],
    ["43", "Unité d'aide par le travail (ESAT)"],
    ["44", "Etablissements et Service de Réadaptation Professionnelle (ESRP)"],
    ["45", "Unités évaluation réentraînement et d'orientation sociale et professionnel (UEROS)"],
    ["46", "Établissement et Service de Préorientation (ESPO)"],
    ["47", "Plateforme Emploi Accompagné (PEA)"],
    ["48", "Institut médico-éducatif (IME)"],
    ["49", "Institut d'éducation motrice (IEM)"],
    ["50", "Institut thérapeutique éducatif et pédagogique (ITEP)"],
    ["51", "Etablissement pour enfant ou ado polyhandicapé (EEAP)"],
    ["52", "Institut déficient visuel"],
    ["53", "Institut déficient auditif"],
    ["54", "Institut déficient Visuel et Auditif"],
    ["55", "Unité d'enseignement interne"],
    ["56", "Unité d'enseignement externalisée"],
    ["57", "Service d'accompagnement, Service d'Education Spécialisée de Soins à Domicile (SESSAD)"],
    ["58", "Service d'accompagnement, Service d'Accompagnement Familial et d'Education Précoce (SAFEP)"],
    ["59", "Service d'accompagnement, Services de Soutien à l'Education Familiale et à la Scolarisation (SSEFIS)"],
    ["60", "Service d'accompagnement, Service d'Aide à l'Acquisition de l'Autonomie et à l'Intégration Scolaire (S3AIS)"],
    ["61", "Centre d'action médico-sociale précoce (CAMSP)"],
    ["62", "Centre médico-psycho-pédagogique (CMPP)"],
    ["63", "Jardin d'enfants spécialisé"],
    ["65", "Pôle de compétences et de prestations externalisées (PCPE)"],
    ["66", "Equipe Relais Handicaps Rares (ERHR)"],
    ["67", "Lieu de vie et d'accueil (hors ESMS)"],
    ["72", "Guichet d'accueil, écoute, conseil, orientation"],
    ["73", "Gestion de cas MAIA"],
    ["74", "Logement inclusif"],
    ["75", "Services Soins infirmiers à domicile renforcé (SSIAD renforcé)"],
    ["84", "Plateforme de Coordination et d'Orientation (PCO)"],
    ["85", "Equipe Mobile Autisme"],
    ["96", "Etablissement d'accueil non médicalisé (EANM) - foyer d'hébergement (classique ou en milieu ouvert)"],
    ["97", "Etablissement d'accueil non médicalisé (EANM) - foyer de vie"],
    ["132", "Service autonomie à domicile (SAD) aide et soins"],
    ["136", "Centre de ressources territorial (CRT)"],
    ["140", "Equipe Mobile d'Appui à la Scolarisation (EMAS)"],
    ["143", "Communauté 360"],
    ["144", "Equipe Mobile de Psychiatrie de la Personne Âgée"],
    ["156", "Unité hospitalière de gériatrie"],
    ["177", "Dispositif de consultation dédié pour les personnes en situation de handicap"],
    ["178", "Dispositif d'Appui à la Coordination (DAC)"],
    ["249", "Unité de Soins de Longue Durée (USLD)"],
    ["256", "Etablissement d'accueil temporaire pour adultes handicapés"],
    ["257", "Unité pour Personnes Handicapées Vieillissantes (UPHV - UPHA)"],
    ["258", "Hébergement Temporaire d'urgence (dont HT-SH)"],
    ["259", "Point d'information local dédié aux personnes âgées"],
    ["276", "Unité d’Accueil et de Soins pour personnes Sourdes et malentendantes (UASS)"],
    ["284", "Equipe Spécialisée de Prévention et de Réadaptation à Domicile (ESPRAD)"],
    ["296", "Groupe d’Entraide Mutuelle (GEM)"],
    ["299", "Equipe de Diagnostic de Proximité – Autisme (PDAP, EDAP)"],
    ["320", "Offre de relayage au domicile"],
  ],
);

/** Catégorie d'établissement (FINESS, TRE_R66), subset for the elderly, disability and medico-social fields. */
export const J55_CATEGORIE_ETABLISSEMENT = nomenclature(
  "JDV_J55-CategorieEG-ROR",
  `${NOS}/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement`,
  [
    ["182", "Service d'éducation spéciale et de soins à domicile (SESSAD)"],
    ["183", "Institut médico-éducatif (IME)"],
    ["186", "Institut thérapeutique éducatif et pédagogique (ITEP)"],
    ["188", "Etablissement pour enfants ou adolescents polyhandicapés"],
    ["189", "Centre médico-psycho-pédagogique (CMPP)"],
    ["190", "Centre action médico-sociale précoce (CAMSP)"],
    ["192", "Institut d'éducation motrice"],
    ["194", "Institut pour déficients visuels"],
    ["195", "Institut pour déficients auditifs"],
    ["196", "Institut d'éducation sensorielle sourd-aveugle"],
    ["198", "Établissement et Service de Préorientation"],
    ["202", "Résidences autonomie"],
    ["207", "Centre de jour pour personnes âgées"],
    ["209", "Service autonomie aide et soins (SAAS)"],
    ["238", "Centre d'accueil familial spécialisé"],
    ["246", "Etablissement et service d'aide par le travail (ESAT)"],
    ["249", "Établissement et Service de Réadaptation Professionnelle"],
    ["252", "Foyer d'hébergement d'adultes handicapés"],
    ["253", "Foyer d'accueil polyvalent pour adultes handicapés"],
    ["255", "Maison d'accueil spécialisée (MAS)"],
    ["354", "Service de soins infirmiers à domicile (SSIAD)"],
    ["362", "Etablissement de soins longue durée"],
    ["370", "Etablissement Expérimental pour personnes handicapées"],
    ["377", "Etablissement expérimental pour enfance handicapée"],
    ["379", "Etablissement expérimental pour adultes handicapés"],
    ["381", "Etablissement expérimental pour personnes âgées"],
    ["382", "Foyer de vie pour adultes handicapés"],
    ["390", "Etablissement d'accueil temporaire d'enfants handicapés"],
    ["395", "Etablissement d'accueil temporaire pour adultes handicapés"],
    ["396", "Foyer d'hébergement pour enfants et adolescents handicapés"],
    ["402", "Jardin d'enfants spécialisé"],
    ["437", "Foyer d'accueil médicalisé pour adultes handicapés (FAM)"],
    ["445", "Service d'accompagnement médico-social pour adultes handicapés"],
    ["446", "Service d'accompagnement à la vie sociale (SAVS)"],
    ["448", "Etablissement d'Accueil Médicalisé en tout ou partie personnes handicapées"],
    ["449", "Etablissement d'Accueil Non Médicalisé pour personnes handicapées"],
    ["460", "Service autonomie aide (SAA)"],
    ["461", "Centres de ressources SAI (sans aucune indication)"],
    ["462", "Lieux de Vie et d'Accueil"],
    ["463", "Centre local d'information et de coordination de personnes âgées"],
    ["464", "Unité d'évaluation, de réentraînement et d'orientation sociale et-ou professionnelle"],
    ["500", "Etablissement d'hébergement pour personnes âgées dépendantes"],
    ["501", "EHPA percevant des crédits d'assurance maladie"],
    ["502", "EHPA ne percevant pas des crédits d'assurance maladie"],
    ["606", "Dispositif d'appui à la coordination (DAC)"],
    ["609", "Maison Départementale pour Personnes Handicapées (MDPH)"],
    ["640", "Service d'aide et d'accompagnement à domicile aux familles (SAADF)"],
    ["705", "Groupe d’Entraide Mutuelle (GEM)"],
  ],
);

/** Public pris en charge (ROR). */
export const J29_PUBLIC = nomenclature(
  "JDV_J29-PublicPrisEnCharge-ROR",
  `${NOS}/TRE_R239-PublicPrisEnCharge/FHIR/TRE-R239-PublicPrisEnCharge`,
  [
    ["01", "Personnes âgées en perte d'autonomie (PA) et aidants"],
    ["02", "Personnes en situation de handicap (PH) et aidants"],
    ["03", "Personnes âgées autonomes"],
    ["04", "Personnes présentant une conduite addictive"],
    ["05", "Personnes handicapées vieillissantes"],
    ["06", "Personnes en situation de précarité"],
    ["07", "Tout public"],
    ["08", "Etudiants"],
    ["09", "Personnes atteintes de pathologies chroniques ou présentant une affection de longue durée (ALD)"],
    ["10", "Victime de violence (intrafamiliale, professionnelle, prostitutionnelle, cyber)"],
  ],
);

/** Mode de prise en charge (ROR), the medico-social subset the catalogue displays. */
export const J19_MODE_PRISE_EN_CHARGE = nomenclature(
  "JDV_J19-ModePriseEnCharge-ROR",
  `${NOS}/TRE_R213-ModePriseEnCharge/FHIR/TRE-R213-ModePriseEnCharge`,
  [
    ["02", "Accueil spécialisé"],
    ["11", "Equipe mobile extra-hospitalière"],
    ["32", "Consultation (CS) ou Séance"],
    ["36", "Téléassistance"],
    ["41", "Accueil familial thérapeutique"],
    ["42", "Prise en charge de groupe"],
    ["46", "Hébergement (accueil jour et nuit)"],
    ["47", "Accueil de jour"],
    ["48", "Accueil de nuit"],
    ["49", "Sur les lieux de vie"],
    ["50", "Placement famille d'accueil"],
    ["54", "Accueil individuel ou collectif"],
    ["58", "Suivi ou coordination de parcours"],
    ["59", "Equipe d'intervention mobile"],
    ["60", "Dispositif expérimental"],
  ],
);

/** Temporalité de l'accueil (ROR). */
export const J30_TEMPORALITE = nomenclature(
  "JDV_J30-TemporaliteAccueil-ROR",
  `${NOS}/TRE_R240-TemporaliteAccueil/FHIR/TRE-R240-TemporaliteAccueil`,
  [
    ["01", "Temporaire"],
    ["02", "Permanent"],
  ],
);

/** Type de tarif (ROR), used by the Organization price extension. */
export const J36_TYPE_TARIF = nomenclature(
  "JDV_J36-TypeTarif-ROR",
  `${NOS}/TRE_R246-TypeTarif/FHIR/TRE-R246-TypeTarif`,
  [
    ["01", "Supplément tarif Hébergement SMR"],
    ["02", "Forfait socle hébergement"],
    ["03", "Dépendance"],
    ["04", "Prestation supplémentaire tarifée"],
    ["05", "Accueil de jour"],
    ["06", "Aide humaine à domicile"],
    ["07", "Portage de repas à domicile"],
  ],
);

/** Unité de prix (ROR). */
export const J205_UNITE_PRIX = nomenclature(
  "JDV_J205-UnitePrix-ROR",
  `${NOS}/TRE_R228-UnitePrix/FHIR/TRE-R228-UnitePrix`,
  [
    ["1", "Tarif horaire"],
    ["2", "Tarif journalier"],
    ["3", "Tarif mensuel"],
    ["4", "Tarif unitaire"],
  ],
);

/**
 * Groupe tarifaire dépendance (ROR). Codes as used by the IG search scenarios
 * ("02 | GIR 3-4"); the three GIR pairs of the tarif dépendance.
 */
export const J27_GROUPE_TARIFAIRE_DEPENDANCE = nomenclature(
  "JDV_J27-GroupeTarifaireDependance-ROR",
  `${NOS}/TRE_R237-GroupeTarifaireDependance/FHIR/TRE-R237-GroupeTarifaireDependance`,
  [
    ["01", "GIR 1-2"],
    ["02", "GIR 3-4"],
    ["03", "GIR 5-6"],
  ],
);

/** Aide financière (ROR): code 02 marks an habilitation à l'aide sociale. */
export const J31_AIDE_FINANCIERE_HABILITATION_AIDE_SOCIALE = "02";
export const J31_SYSTEM = `${NOS}/TRE_R241-AideFinanciere/FHIR/TRE-R241-AideFinanciere`;

/** Accessibilité du lieu (ROR, TRE_R202), shown to users as plain text. */
export const J50_ACCESSIBILITE = nomenclature(
  "JDV_J50-AccessibiliteLieu-ROR",
  `${NOS}/TRE_R202-AccessibiliteLieu/FHIR/TRE-R202-AccessibiliteLieu`,
  [
    ["1", "Accessible"],
    ["2", "Non accessible"],
    ["3", "Sur demande"],
    ["4", "Non communiqué"],
    ["5", "Conforme"],
    ["6", "Ad'AP"],
  ],
);

export function labelOf(nomenclature: Nomenclature, code: string): string | undefined {
  return nomenclature.concepts.get(code);
}
