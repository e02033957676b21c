import { type AbbreviationKey, explainAbbreviations } from "@/lib/falc";

/**
 * Plain explanations of every request status the dashboards show: the official
 * TRE_R357 codes (follow-up of orientations towards establishments and services)
 * and the steps of an MDPH request. Each status has a standard text, a FALC text,
 * and "what happens next / what you can do" in both versions.
 *
 * The TRE_R357 codes and labels are copied from the national nomenclature
 * (NOS, Agence du numérique en santé); a test compares them with the CSV.
 */

export const TRE_R357_SYSTEM =
  "https://mos.esante.gouv.fr/NOS/TRE_R357-StatutPersonnePriseCharge/FHIR/TRE-R357-StatutPersonnePriseCharge";

export type StatusKind = "tre-r357" | "mdph";

/** Same values as the DSFR Badge severities. */
export type StatusSeverity = "info" | "success" | "warning" | "error" | "new";

export type StatusExplanation = {
  kind: StatusKind;
  code: string;
  /** Official label (TRE_R357) or name of the MDPH step. */
  label: string;
  /** Short FALC label for badges in the FALC version. */
  falcLabel: string;
  /** Code system URL, for TRE_R357 codes. */
  system?: string;
  standard: string;
  /** FALC text: one sentence per line. */
  falc: readonly string[];
  next: { standard: string; falc: readonly string[] };
  severity: StatusSeverity;
  /** True when nothing more will happen with this establishment or request. */
  final: boolean;
  /** FALC glossary for the abbreviations used in the FALC texts. */
  explains: Readonly<Record<string, string>>;
};

type StatusInput = Omit<StatusExplanation, "kind" | "system" | "explains"> & { explains?: AbbreviationKey[] };

export const UNIT_NOTE =
  "Une unité est une partie de l'établissement ou du service, par exemple un internat, un accueil de jour ou un groupe de vie.";

/** How each status names the place: the whole establishment or service, or one of its units. */
export type Scope = {
  /** Standard wording, e.g. "l'établissement ou le service". */
  place: string;
  /** FALC wording, e.g. "l'établissement". */
  falcPlace: string;
  /** Sentence added to standard texts. */
  note: string;
};

export const ESMS: Scope = { place: "l'établissement ou le service", falcPlace: "l'établissement", note: "" };
export const UNIT: Scope = { place: "l'unité", falcPlace: "cette partie de l'établissement", note: ` ${UNIT_NOTE}` };

export const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase("fr") + text.slice(1);

function analysis(scope: Scope, code: string, label: string): StatusInput {
  return {
    code,
    label,
    falcLabel: "Demande en cours d'étude",
    standard: `${capitalize(scope.place)} a reçu votre demande d'admission et l'étudie. Vous êtes inscrit sur la liste d'attente pendant cette analyse.${scope.note}`,
    falc: [
      `${capitalize(scope.falcPlace)} a reçu votre demande.`,
      "Votre demande est étudiée.",
      "Vous êtes sur la liste d'attente.",
    ],
    next: {
      standard:
        "Vous saurez si votre admission est possible. On peut vous demander des informations ou un entretien. Vous pouvez garder d'autres demandes en cours ailleurs.",
      falc: [
        "On va vous dire si vous pouvez être accueilli.",
        "Vous pouvez faire des demandes dans d'autres établissements.",
      ],
    },
    severity: "info",
    final: false,
  };
}

function trialOngoing(scope: Scope, code: string, label: string): StatusInput {
  return {
    code,
    label,
    falcLabel: "Essai en cours",
    standard: `Vous faites une période d'essai dans ${scope.place}, pour vérifier que l'accueil vous convient.${scope.note}`,
    falc: [`Vous faites un essai dans ${scope.falcPlace}.`, "L'essai permet de voir si l'accueil vous convient."],
    next: {
      standard:
        "À la fin de l'essai, vous faites le point avec l'équipe. Si l'essai se passe bien, l'admission peut être confirmée. Dites ce qui vous convient et ce qui ne vous convient pas.",
      falc: [
        "À la fin de l'essai, vous parlez avec l'équipe.",
        "Dites ce qui vous plaît et ce qui ne vous plaît pas.",
        "Si tout va bien, vous pouvez être admis.",
      ],
    },
    severity: "info",
    final: false,
  };
}

function trialFailed(scope: Scope, code: string, label: string): StatusInput {
  return {
    code,
    label,
    falcLabel: "Essai non concluant",
    standard: `La période d'essai n'a pas permis de confirmer l'accueil dans ${scope.place}.${scope.note}`,
    falc: [`L'essai dans ${scope.falcPlace} n'a pas marché.`, "L'accueil ne continue pas."],
    next: {
      standard:
        "Demandez à l'établissement les raisons de cette décision. Vous pouvez chercher un autre établissement ou service qui correspond à votre orientation, ou demander conseil à la MDPH si l'orientation ne vous convient plus.",
      falc: [
        "Demandez pourquoi à l'établissement.",
        "Vous pouvez chercher un autre établissement.",
        "La MDPH peut vous conseiller.",
      ],
    },
    severity: "warning",
    final: true,
    explains: ["MDPH"],
  };
}

function admissible(scope: Scope, code: string, label: string): StatusInput {
  return {
    code,
    label,
    falcLabel: "Sur liste d'attente",
    standard: `${capitalize(scope.place)} estime que vous pouvez y être accueilli, mais n'a pas de place pour le moment. Vous êtes sur la liste d'attente.${scope.note}`,
    falc: [
      `${capitalize(scope.falcPlace)} peut vous accueillir.`,
      "Il n'y a pas de place pour le moment.",
      "Vous êtes sur la liste d'attente.",
    ],
    next: {
      standard:
        "L'attente peut être longue. Vous pouvez rester inscrit dans plusieurs établissements. Demandez à la MDPH ou à l'établissement quelles solutions existent en attendant, comme un accueil temporaire ou un service à domicile.",
      falc: [
        "L'attente peut être longue.",
        "Vous pouvez être sur la liste de plusieurs établissements.",
        "Demandez quelles solutions existent en attendant.",
      ],
    },
    severity: "info",
    final: false,
  };
}

function admitted(scope: Scope, code: string, label: string): StatusInput {
  return {
    code,
    label,
    falcLabel: "Admission acceptée, en attente de place",
    standard: `${capitalize(scope.place)} a accepté votre admission. Vous attendez qu'une place se libère ou que la date d'entrée soit fixée.${scope.note}`,
    falc: [`${capitalize(scope.falcPlace)} accepte de vous accueillir.`, "Vous attendez qu'une place soit libre."],
    next: {
      standard:
        "L'établissement vous contactera pour fixer la date d'entrée. Préparez les documents demandés pour le contrat de séjour. Si vous n'avez plus besoin de cette place, prévenez l'établissement.",
      falc: [
        "L'établissement va vous appeler pour la date d'entrée.",
        "Si vous ne voulez plus cette place, prévenez l'établissement.",
      ],
    },
    severity: "success",
    final: false,
  };
}

const TRE_R357_INPUTS: readonly StatusInput[] = [
  {
    code: "37",
    label: "Décision d'orientation annulée",
    falcLabel: "Décision annulée",
    standard:
      "La décision d'orientation prise par la commission des droits et de l'autonomie des personnes handicapées (CDAPH) a été annulée. Elle ne permet plus d'entrer dans un établissement ou un service. Cela arrive par exemple après un recours ou quand une nouvelle décision la remplace.",
    falc: ["La décision de la CDAPH pour votre orientation est annulée.", "Elle ne sert plus pour entrer dans un établissement."],
    next: {
      standard:
        "Contactez la maison départementale des personnes handicapées (MDPH) pour connaître la raison de l'annulation et savoir si une nouvelle décision a été prise. Si vous n'êtes pas d'accord, la MDPH vous indique les recours possibles.",
      falc: ["Appelez la MDPH pour savoir pourquoi.", "Demandez si une nouvelle décision existe."],
    },
    severity: "warning",
    final: true,
    explains: ["CDAPH", "MDPH"],
  },
  {
    code: "39",
    label: "Notification envoyée",
    falcLabel: "Décision envoyée à l'établissement",
    standard:
      "La décision d'orientation de la CDAPH a été envoyée à cet établissement ou service médico-social (ESMS). Il sait que vous pouvez y être accueilli.",
    falc: ["La décision de la CDAPH a été envoyée à l'établissement.", "L'établissement sait que vous pouvez y être accueilli."],
    next: {
      standard:
        "L'établissement va prendre connaissance de la décision. Vous pouvez aussi le contacter vous-même pour vous présenter et demander comment se passe l'admission.",
      falc: ["L'établissement va lire la décision.", "Vous pouvez aussi appeler l'établissement pour vous présenter."],
    },
    severity: "info",
    final: false,
    explains: ["CDAPH"],
  },
  {
    code: "40",
    label: "Notification lue",
    falcLabel: "Décision lue par l'établissement",
    standard: "L'établissement ou le service a lu la décision d'orientation qui le concerne.",
    falc: ["L'établissement a lu la décision de la CDAPH."],
    next: {
      standard:
        "L'établissement devrait vous contacter. Sans nouvelles, appelez-le pour savoir s'il a une place et quelles sont les prochaines étapes.",
      falc: ["L'établissement devrait vous appeler.", "Sans nouvelles, appelez l'établissement."],
    },
    severity: "info",
    final: false,
    explains: ["CDAPH"],
  },
  {
    code: "41",
    label: "Contact effectué",
    falcLabel: "Contact avec l'établissement",
    standard: "L'établissement ou le service a pris contact avec vous ou avec la personne qui vous représente.",
    falc: ["L'établissement vous a contacté."],
    next: {
      standard:
        "L'établissement peut vous proposer une visite ou un entretien, ou vous demander un dossier d'admission. Préparez vos questions et les documents demandés.",
      falc: ["L'établissement peut vous proposer une visite.", "Il peut vous demander des documents."],
    },
    severity: "info",
    final: false,
  },
  analysis(ESMS, "42", "Liste d'attente. En cours d'analyse, demande d'admission reçue dans l'ESMS"),
  trialOngoing(ESMS, "43", "Période d'essai en cours dans l'ESMS"),
  trialFailed(ESMS, "44", "Période d'essai non concluante dans l'ESMS"),
  {
    code: "45",
    label: "Admission impossible signalée",
    falcLabel: "Accueil impossible signalé",
    standard:
      "L'établissement ou le service a signalé qu'il ne peut pas vous admettre, par exemple parce que son accompagnement ne correspond pas à vos besoins. La MDPH est informée et examine ce signalement.",
    falc: ["L'établissement dit qu'il ne peut pas vous accueillir.", "La MDPH va étudier cette réponse."],
    next: {
      standard:
        "Demandez à l'établissement les raisons de sa réponse. Contactez la MDPH : elle peut vous aider à trouver un autre établissement ou service adapté.",
      falc: ["Demandez pourquoi à l'établissement.", "La MDPH peut vous aider à trouver un autre lieu."],
    },
    severity: "warning",
    final: false,
    explains: ["MDPH"],
  },
  {
    code: "46",
    label: "Admission impossible entérinée",
    falcLabel: "Accueil impossible confirmé",
    standard: "La MDPH a confirmé que l'admission dans cet établissement ou ce service n'est pas possible.",
    falc: ["La MDPH confirme que cet établissement ne peut pas vous accueillir."],
    next: {
      standard:
        "Cherchez d'autres établissements ou services qui correspondent à votre orientation. La MDPH peut vous accompagner et, si aucune solution n'est trouvée, proposer un plan d'accompagnement global.",
      falc: ["Cherchez un autre établissement.", "La MDPH peut vous aider à trouver une solution."],
    },
    severity: "error",
    final: true,
    explains: ["MDPH"],
  },
  {
    code: "47",
    label: "Usager entré",
    falcLabel: "Accueil commencé",
    standard: "Vous êtes entré dans l'établissement ou le service : votre accueil a commencé.",
    falc: ["Vous êtes entré dans l'établissement.", "Votre accueil a commencé."],
    next: {
      standard:
        "Gardez votre contrat de séjour et le livret d'accueil. Votre décision d'orientation a une date de fin : demandez son renouvellement à la MDPH plusieurs mois avant.",
      falc: [
        "Gardez votre contrat de séjour.",
        "Votre décision a une date de fin.",
        "Demandez son renouvellement à la MDPH plusieurs mois avant.",
      ],
    },
    severity: "success",
    final: false,
    explains: ["MDPH"],
  },
  {
    code: "48",
    label: "Usager sorti",
    falcLabel: "Accueil terminé",
    standard: "Vous avez quitté l'établissement ou le service : l'accueil est terminé.",
    falc: ["Vous avez quitté l'établissement.", "Votre accueil est terminé."],
    next: {
      standard:
        "Si vous avez besoin d'un autre accompagnement, contactez la MDPH. Votre décision d'orientation peut rester valable pour d'autres établissements du même type.",
      falc: ["Si vous avez besoin d'un autre accueil, contactez la MDPH."],
    },
    severity: "info",
    final: true,
    explains: ["MDPH"],
  },
  {
    code: "49",
    label: "Notification annulée",
    falcLabel: "Envoi annulé",
    standard:
      "L'envoi de la décision d'orientation à cet établissement ou service a été annulé : il ne s'occupe plus de votre demande.",
    falc: ["La décision n'est plus envoyée à cet établissement.", "Cet établissement ne s'occupe plus de votre demande."],
    next: {
      standard:
        "Contactez la MDPH pour connaître la raison, par exemple un changement d'établissement ou une erreur, et savoir à quels établissements votre décision est envoyée.",
      falc: ["Appelez la MDPH pour savoir pourquoi."],
    },
    severity: "warning",
    final: true,
    explains: ["MDPH"],
  },
  {
    code: "51",
    label: "Demande de réorientation dans l'ESMS",
    falcLabel: "Nouvelle orientation demandée",
    standard:
      "Une réorientation a été demandée : l'accompagnement dans cet établissement ou ce service ne semble plus adapté à vos besoins, et une autre orientation est demandée à la MDPH.",
    falc: ["Votre accueil actuel ne semble plus adapté.", "Une nouvelle décision est demandée à la MDPH."],
    next: {
      standard:
        "La MDPH va étudier votre situation et la CDAPH prendra une nouvelle décision. Vous pouvez donner votre avis et demander à être entendu par la commission.",
      falc: ["La CDAPH va prendre une nouvelle décision.", "Vous pouvez donner votre avis."],
    },
    severity: "warning",
    final: false,
    explains: ["MDPH", "CDAPH"],
  },
  {
    code: "54",
    label: "Notification réactivée",
    falcLabel: "Envoi réactivé",
    standard:
      "L'envoi de la décision d'orientation à cet établissement ou service, qui avait été annulé, a été réactivé : il s'occupe de nouveau de votre demande.",
    falc: ["La décision est de nouveau envoyée à cet établissement.", "L'établissement s'occupe de nouveau de votre demande."],
    next: {
      standard: "L'établissement va reprendre l'étude de votre demande. Vous pouvez le contacter pour savoir où elle en est.",
      falc: ["L'établissement va de nouveau étudier votre demande.", "Vous pouvez appeler l'établissement."],
    },
    severity: "info",
    final: false,
  },
  admitted(ESMS, "71", "Liste d'attente. Admis dans l'ESMS"),
  admissible(ESMS, "72", "Liste d'attente. Admissible dans l'ESMS"),
  {
    code: "180",
    label: "Retiré de la liste d'attente ou accompagnement annulé",
    falcLabel: "Retiré de la liste d'attente",
    standard:
      "Vous n'êtes plus sur la liste d'attente de cet établissement ou service, ou l'accompagnement prévu a été annulé. Cela peut venir de votre demande, d'une autre solution trouvée ou d'une décision de l'établissement.",
    falc: ["Vous n'êtes plus sur la liste d'attente de cet établissement.", "Ou l'accueil prévu est annulé."],
    next: {
      standard:
        "Si vous ne l'avez pas demandé, contactez l'établissement pour en connaître la raison. Vous pouvez chercher un autre établissement qui correspond à votre orientation.",
      falc: ["Si vous n'avez rien demandé, appelez l'établissement.", "Vous pouvez chercher un autre établissement."],
    },
    severity: "warning",
    final: true,
  },
  trialFailed(UNIT, "181", "Période d'essai non concluante dans l'unité"),
  analysis(UNIT, "182", "Liste d'attente. En cours d'analyse, demande d'admission reçue dans l'unité"),
  admissible(UNIT, "183", "Liste d'attente. Admissible dans l'unité"),
  admitted(UNIT, "184", "Liste d'attente. Admis dans l'unité"),
  trialOngoing(UNIT, "185", "Période d'essai en cours dans l'unité"),
  {
    code: "186",
    label: "Usager pris en charge",
    falcLabel: "Accompagnement commencé",
    standard: `L'unité vous accompagne : votre prise en charge a commencé. ${UNIT_NOTE}`,
    falc: ["Cette partie de l'établissement vous accompagne.", "Votre accompagnement a commencé."],
    next: {
      standard:
        "Gardez votre contrat de séjour ou votre document individuel de prise en charge. Votre décision d'orientation a une date de fin : demandez son renouvellement à la MDPH plusieurs mois avant.",
      falc: ["Gardez les documents signés avec l'établissement.", "Demandez le renouvellement de votre décision à la MDPH avant la date de fin."],
    },
    severity: "success",
    final: false,
    explains: ["MDPH"],
  },
  {
    code: "187",
    label: "Demande de réorientation dans l'unité",
    falcLabel: "Changement demandé",
    standard: `Un changement a été demandé : l'accompagnement dans cette unité ne semble plus adapté à vos besoins. Selon les cas, une autre unité de l'établissement ou une nouvelle décision de la CDAPH est envisagée. ${UNIT_NOTE}`,
    falc: ["Votre accueil dans cette partie de l'établissement ne semble plus adapté.", "Un changement est demandé."],
    next: {
      standard:
        "L'établissement vous explique ce qui est proposé. Si une nouvelle orientation est nécessaire, la MDPH étudie votre situation ; vous pouvez donner votre avis et demander à être entendu par la CDAPH.",
      falc: ["L'établissement vous explique ce qu'il propose.", "Vous pouvez donner votre avis."],
    },
    severity: "warning",
    final: false,
  },
  {
    code: "188",
    label: "Fin de prise en charge",
    falcLabel: "Accompagnement terminé",
    standard: `L'accompagnement par cette unité est terminé. ${UNIT_NOTE}`,
    falc: ["Votre accompagnement dans cette partie de l'établissement est terminé."],
    next: {
      standard:
        "Si vous avez encore besoin d'un accompagnement, parlez-en avec l'établissement ou contactez la MDPH.",
      falc: ["Si vous avez encore besoin d'aide, contactez la MDPH."],
    },
    severity: "info",
    final: true,
    explains: ["MDPH"],
  },
];

export const MDPH_STEP_CODES = [
  "depot",
  "recevabilite",
  "pieces-demandees",
  "evaluation",
  "decision-cdaph",
  "notification",
  "recours",
] as const;

export type MdphStepCode = (typeof MDPH_STEP_CODES)[number];

const MDPH_INPUTS: readonly (StatusInput & { code: MdphStepCode })[] = [
  {
    code: "depot",
    label: "Dépôt du dossier",
    falcLabel: "Dossier déposé",
    standard:
      "Votre dossier a été déposé à la maison départementale des personnes handicapées (MDPH). Elle enregistre la date de dépôt et vous envoie un accusé de réception.",
    falc: ["Votre dossier est arrivé à la MDPH.", "La MDPH vous envoie un courrier pour le dire."],
    next: {
      standard:
        "La MDPH va vérifier que le dossier est complet. Gardez l'accusé de réception : la MDPH doit répondre dans les 4 mois qui suivent le dépôt du dossier complet.",
      falc: ["La MDPH va vérifier votre dossier.", "Gardez le courrier de la MDPH.", "La MDPH doit répondre dans les 4 mois."],
    },
    severity: "new",
    final: false,
    explains: ["MDPH"],
  },
  {
    code: "recevabilite",
    label: "Recevabilité",
    falcLabel: "Vérification du dossier",
    standard:
      "La MDPH vérifie que votre dossier est complet : formulaire signé, certificat médical de moins d'un an, pièce d'identité et justificatif de domicile.",
    falc: ["La MDPH vérifie que votre dossier est complet."],
    next: {
      standard: "Si tout est là, le dossier passe à l'évaluation. S'il manque une pièce, la MDPH vous la demandera par courrier.",
      falc: ["Si tout est là, une équipe va étudier votre demande.", "S'il manque un document, la MDPH vous le demande."],
    },
    severity: "info",
    final: false,
    explains: ["MDPH"],
  },
  {
    code: "pieces-demandees",
    label: "Pièces demandées",
    falcLabel: "Documents à envoyer",
    standard:
      "Il manque une ou plusieurs pièces à votre dossier, ou une pièce doit être complétée. La MDPH vous a écrit pour les demander. Le dossier sera étudié une fois complet.",
    falc: ["Il manque un document dans votre dossier.", "La MDPH vous a écrit pour le demander."],
    next: {
      standard:
        "Envoyez les pièces demandées le plus vite possible, dans le délai indiqué dans le courrier. Si vous ne comprenez pas ce qui est demandé, appelez la MDPH ou faites-vous aider par une maison France Services.",
      falc: [
        "Envoyez vite le document demandé.",
        "Regardez la date limite dans le courrier.",
        "Si vous ne comprenez pas, appelez la MDPH.",
      ],
    },
    severity: "warning",
    final: false,
    explains: ["MDPH"],
  },
  {
    code: "evaluation",
    label: "Évaluation",
    falcLabel: "Étude des besoins",
    standard:
      "L'équipe pluridisciplinaire de la MDPH évalue vos besoins. Elle peut vous contacter, vous recevoir ou venir chez vous, et demander l'avis d'autres professionnels.",
    falc: ["Une équipe de la MDPH étudie vos besoins.", "Elle peut vous appeler ou vous rencontrer."],
    next: {
      standard:
        "L'équipe vous enverra un plan personnalisé de compensation : vous aurez 15 jours pour faire part de vos observations. Votre dossier passera ensuite devant la commission des droits et de l'autonomie des personnes handicapées (CDAPH).",
      falc: ["L'équipe va vous envoyer des propositions.", "Vous avez 15 jours pour donner votre avis.", "Ensuite, la CDAPH décide."],
    },
    severity: "info",
    final: false,
    explains: ["MDPH", "CDAPH"],
  },
  {
    code: "decision-cdaph",
    label: "Décision de la CDAPH",
    falcLabel: "Décision en cours",
    standard:
      "La commission des droits et de l'autonomie des personnes handicapées (CDAPH) examine votre dossier et prend la décision. Vous pouvez demander à être entendu par la commission, seul ou accompagné.",
    falc: ["La CDAPH étudie votre dossier.", "Elle va prendre une décision.", "Vous pouvez demander à parler devant la CDAPH."],
    next: {
      standard:
        "Vous recevrez la décision par courrier. Sans réponse 4 mois après le dépôt de votre dossier complet, votre demande est considérée comme refusée et vous pouvez contester ce refus.",
      falc: [
        "Vous allez recevoir la décision par courrier.",
        "Sans réponse après 4 mois, la réponse est non.",
        "Vous pouvez alors contester.",
      ],
    },
    severity: "info",
    final: false,
    explains: ["CDAPH"],
  },
  {
    code: "notification",
    label: "Notification",
    falcLabel: "Décision envoyée",
    standard:
      "La décision de la CDAPH vous a été envoyée. Elle indique les droits accordés ou refusés, leur durée et les voies de recours.",
    falc: ["Vous avez reçu la décision de la CDAPH.", "Elle dit quelles aides vous avez.", "Elle dit aussi pour combien de temps."],
    next: {
      standard:
        "Les aides accordées sont versées par l'organisme concerné : la caisse d'allocations familiales ou la Mutualité sociale agricole pour l'allocation aux adultes handicapés, le conseil départemental pour la prestation de compensation. Pour une orientation, contactez les établissements. Si vous n'êtes pas d'accord, vous avez 2 mois pour faire un recours administratif préalable obligatoire auprès de la MDPH.",
      falc: [
        "Les aides accordées vont être versées.",
        "Pour une place, contactez les établissements.",
        "Si vous n'êtes pas d'accord, vous avez 2 mois pour écrire à la MDPH.",
      ],
    },
    severity: "info",
    final: false,
    explains: ["CDAPH", "MDPH"],
  },
  {
    code: "recours",
    label: "Recours",
    falcLabel: "Recours en cours",
    standard:
      "Vous avez contesté la décision. Votre recours administratif préalable obligatoire est étudié par la MDPH ; pour la carte mobilité inclusion, par le conseil départemental.",
    falc: ["Vous avez contesté la décision.", "Votre dossier est étudié de nouveau."],
    next: {
      standard:
        "Vous recevrez une nouvelle décision. Sans réponse dans les 2 mois, le recours est considéré comme rejeté. Vous pourrez alors saisir le tribunal indiqué dans la réponse ; un avocat n'est pas obligatoire. Vous pouvez aussi demander une conciliation à la MDPH.",
      falc: [
        "Vous allez recevoir une nouvelle décision.",
        "Sans réponse après 2 mois, la réponse est non.",
        "Vous pouvez ensuite aller devant le juge.",
        "Vous n'avez pas besoin d'avocat.",
      ],
    },
    severity: "warning",
    final: false,
  },
];

function build(kind: StatusKind, input: StatusInput): StatusExplanation {
  const { explains, ...rest } = input;
  return {
    kind,
    ...rest,
    ...(kind === "tre-r357" ? { system: TRE_R357_SYSTEM } : {}),
    explains: explainAbbreviations(...(explains ?? [])),
  };
}

const EXPLANATIONS: Record<StatusKind, readonly StatusExplanation[]> = {
  "tre-r357": TRE_R357_INPUTS.map((input) => build("tre-r357", input)),
  mdph: MDPH_INPUTS.map((input) => build("mdph", input)),
};

/** All explanations of one kind, in display order (TRE_R357 in code order, MDPH steps in procedure order). */
export function listStatusExplanations(kind: StatusKind): readonly StatusExplanation[] {
  return EXPLANATIONS[kind];
}

/** The explanation of one status; undefined for an unknown code, so dashboards can fall back on the raw label. */
export function getStatusExplanation(kind: StatusKind, code: string): StatusExplanation | undefined {
  return EXPLANATIONS[kind].find((explanation) => explanation.code === code);
}
