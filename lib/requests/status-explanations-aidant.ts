import { capitalize, ESMS, type Scope, type StatusKind, UNIT, UNIT_NOTE } from "./status-explanations";

/**
 * The status explanations as an aidant reads them for someone: the person is
 * named and "vous" is the aidant ("Vous pouvez l'aider à…"). Texts avoid
 * gendered words about the person (we do not know it): the name, "l'", "lui",
 * "son", "sa". Same codes, same FALC rules as status-explanations.ts.
 */
export type AidantStatusTexts = {
  standard: string;
  /** One sentence per line. */
  falc: readonly string[];
  next: { standard: string; falc: readonly string[] };
};

type AidantWording = (person: string) => AidantStatusTexts;

const analysis =
  (scope: Scope): AidantWording =>
  (p) => ({
    standard: `${capitalize(scope.place)} a reçu la demande d'admission de ${p} et l'étudie. ${p} est sur la liste d'attente pendant cette analyse.${scope.note}`,
    falc: [`${capitalize(scope.falcPlace)} a reçu la demande de ${p}.`, "La demande est étudiée.", `${p} est sur la liste d'attente.`],
    next: {
      standard: `L'établissement dira à ${p} si son admission est possible. Il peut lui demander des informations ou un entretien. ${p} peut garder d'autres demandes en cours ailleurs, et vous pouvez l'aider à les suivre.`,
      falc: [`L'établissement va dire à ${p} si l'accueil est possible.`, `${p} peut faire des demandes dans d'autres établissements.`],
    },
  });

const trialOngoing =
  (scope: Scope): AidantWording =>
  (p) => ({
    standard: `${p} fait une période d'essai dans ${scope.place}, pour vérifier que l'accueil lui convient.${scope.note}`,
    falc: [`${p} fait un essai dans ${scope.falcPlace}.`, "L'essai permet de voir si l'accueil lui convient."],
    next: {
      standard: `À la fin de l'essai, ${p} fait le point avec l'équipe. Si l'essai se passe bien, l'admission peut être confirmée. Vous pouvez l'aider à dire ce qui lui convient et ce qui ne lui convient pas.`,
      falc: [`À la fin de l'essai, ${p} parle avec l'équipe.`, "Vous pouvez l'aider à dire ce qui lui plaît ou non.", "Si tout va bien, l'accueil peut être confirmé."],
    },
  });

const trialFailed =
  (scope: Scope): AidantWording =>
  (p) => ({
    standard: `La période d'essai n'a pas permis de confirmer l'accueil de ${p} dans ${scope.place}.${scope.note}`,
    falc: [`L'essai de ${p} dans ${scope.falcPlace} n'a pas marché.`, "L'accueil ne continue pas."],
    next: {
      standard: `Vous pouvez aider ${p} à demander à l'établissement les raisons de cette décision, à chercher un autre établissement ou service qui correspond à son orientation, ou à demander conseil à la MDPH si l'orientation ne lui convient plus.`,
      falc: ["Vous pouvez l'aider à demander pourquoi à l'établissement.", `${p} peut chercher un autre établissement.`, "La MDPH peut l'aider."],
    },
  });

const admissible =
  (scope: Scope): AidantWording =>
  (p) => ({
    standard: `${capitalize(scope.place)} peut accueillir ${p}, mais n'a pas de place pour le moment. ${p} est sur la liste d'attente.${scope.note}`,
    falc: [`${capitalize(scope.falcPlace)} peut accueillir ${p}.`, "Il n'y a pas de place pour le moment.", `${p} est sur la liste d'attente.`],
    next: {
      standard: `L'attente peut être longue. ${p} peut rester sur la liste de plusieurs établissements. Vous pouvez l'aider à demander à la MDPH ou à l'établissement quelles solutions existent en attendant, comme un accueil temporaire ou un service à domicile.`,
      falc: ["L'attente peut être longue.", `${p} peut être sur la liste de plusieurs établissements.`, "Vous pouvez l'aider à trouver une solution en attendant."],
    },
  });

const admitted =
  (scope: Scope): AidantWording =>
  (p) => ({
    standard: `${capitalize(scope.place)} a accepté l'admission de ${p}. Il reste à attendre qu'une place se libère ou que la date d'entrée soit fixée.${scope.note}`,
    falc: [`${capitalize(scope.falcPlace)} accepte d'accueillir ${p}.`, "Il faut attendre qu'une place soit libre."],
    next: {
      standard: `L'établissement contactera ${p} pour fixer la date d'entrée. Vous pouvez l'aider à préparer les documents demandés pour le contrat de séjour. Si cette place n'est plus utile, ${p} doit prévenir l'établissement.`,
      falc: [`L'établissement va appeler ${p} pour la date d'entrée.`, "Vous pouvez l'aider à préparer les documents.", `Si ${p} ne veut plus cette place, il faut prévenir l'établissement.`],
    },
  });

const TRE_R357: Record<string, AidantWording> = {
  "37": (p) => ({
    standard: `La décision d'orientation prise pour ${p} par la commission des droits et de l'autonomie des personnes handicapées (CDAPH) a été annulée. Elle ne permet plus d'entrer dans un établissement ou un service. Cela arrive par exemple après un recours ou quand une nouvelle décision la remplace.`,
    falc: [`La décision de la CDAPH pour l'orientation de ${p} est annulée.`, "Elle ne sert plus pour entrer dans un établissement."],
    next: {
      standard: `Vous pouvez aider ${p} à contacter la maison départementale des personnes handicapées (MDPH) pour connaître la raison de l'annulation et savoir si une nouvelle décision a été prise. En cas de désaccord, la MDPH indique les recours possibles.`,
      falc: ["Vous pouvez l'aider à appeler la MDPH pour savoir pourquoi.", "Demandez si une nouvelle décision existe."],
    },
  }),
  "39": (p) => ({
    standard: `La décision d'orientation de la CDAPH a été envoyée à cet établissement ou service médico-social (ESMS). Il sait qu'il peut accueillir ${p}.`,
    falc: ["La décision de la CDAPH a été envoyée à l'établissement.", `L'établissement sait qu'il peut accueillir ${p}.`],
    next: {
      standard: `L'établissement va prendre connaissance de la décision. ${p} peut aussi le contacter pour se présenter et demander comment se passe l'admission ; vous pouvez l'y aider.`,
      falc: ["L'établissement va lire la décision.", `${p} peut aussi appeler l'établissement pour se présenter.`, "Vous pouvez l'aider à le faire."],
    },
  }),
  "40": (p) => ({
    standard: "L'établissement ou le service a lu la décision d'orientation qui le concerne.",
    falc: ["L'établissement a lu la décision de la CDAPH."],
    next: {
      standard: `L'établissement devrait contacter ${p}. Sans nouvelles, vous pouvez aider ${p} à l'appeler pour savoir s'il a une place et quelles sont les prochaines étapes.`,
      falc: [`L'établissement devrait appeler ${p}.`, "Sans nouvelles, vous pouvez l'aider à appeler l'établissement."],
    },
  }),
  "41": (p) => ({
    standard: `L'établissement ou le service a pris contact avec ${p} ou avec son représentant légal.`,
    falc: [`L'établissement a contacté ${p}.`],
    next: {
      standard: `L'établissement peut proposer une visite ou un entretien, ou demander un dossier d'admission. Vous pouvez aider ${p} à préparer ses questions et les documents demandés.`,
      falc: ["L'établissement peut proposer une visite.", "Il peut demander des documents.", "Vous pouvez l'aider à les préparer."],
    },
  }),
  "42": analysis(ESMS),
  "43": trialOngoing(ESMS),
  "44": trialFailed(ESMS),
  "45": (p) => ({
    standard: `L'établissement ou le service a signalé qu'il ne peut pas admettre ${p}, par exemple parce que son accompagnement ne correspond pas à ses besoins. La MDPH est informée et examine ce signalement.`,
    falc: [`L'établissement dit qu'il ne peut pas accueillir ${p}.`, "La MDPH va étudier cette réponse."],
    next: {
      standard: `Vous pouvez aider ${p} à demander à l'établissement les raisons de sa réponse, et à contacter la MDPH : elle peut l'aider à trouver un autre établissement ou service adapté.`,
      falc: ["Vous pouvez l'aider à demander pourquoi.", `La MDPH peut aider ${p} à trouver un autre lieu.`],
    },
  }),
  "46": (p) => ({
    standard: `La MDPH a confirmé que l'admission de ${p} dans cet établissement ou ce service n'est pas possible.`,
    falc: [`La MDPH confirme que cet établissement ne peut pas accueillir ${p}.`],
    next: {
      standard: `Vous pouvez aider ${p} à chercher d'autres établissements ou services qui correspondent à son orientation. La MDPH peut l'accompagner et, si aucune solution n'est trouvée, proposer un plan d'accompagnement global.`,
      falc: ["Vous pouvez l'aider à chercher un autre établissement.", "La MDPH peut l'aider à trouver une solution."],
    },
  }),
  "47": (p) => ({
    standard: `L'accueil de ${p} dans l'établissement ou le service a commencé.`,
    falc: [`L'accueil de ${p} dans l'établissement a commencé.`],
    next: {
      standard: `${p} doit garder son contrat de séjour et le livret d'accueil. Sa décision d'orientation a une date de fin : vous pouvez l'aider à demander son renouvellement à la MDPH plusieurs mois avant.`,
      falc: [`${p} doit garder son contrat de séjour.`, "Sa décision a une date de fin.", "Vous pouvez l'aider à la renouveler à la MDPH avant cette date."],
    },
  }),
  "48": (p) => ({
    standard: `${p} a quitté l'établissement ou le service : l'accueil est terminé.`,
    falc: [`${p} a quitté l'établissement.`, "Son accueil est terminé."],
    next: {
      standard: `Si ${p} a besoin d'un autre accompagnement, vous pouvez l'aider à contacter la MDPH. Sa décision d'orientation peut rester valable pour d'autres établissements du même type.`,
      falc: ["Pour un autre accueil, vous pouvez l'aider à appeler la MDPH."],
    },
  }),
  "49": (p) => ({
    standard: `L'envoi de la décision d'orientation à cet établissement ou service a été annulé : il ne s'occupe plus de la demande de ${p}.`,
    falc: ["La décision n'est plus envoyée à cet établissement.", `Cet établissement ne s'occupe plus de la demande de ${p}.`],
    next: {
      standard: `Vous pouvez aider ${p} à contacter la MDPH pour connaître la raison, par exemple un changement d'établissement ou une erreur, et savoir à quels établissements sa décision est envoyée.`,
      falc: ["Vous pouvez l'aider à appeler la MDPH pour savoir pourquoi."],
    },
  }),
  "51": (p) => ({
    standard: `Une réorientation a été demandée : l'accompagnement de ${p} dans cet établissement ou ce service ne semble plus adapté à ses besoins, et une autre orientation est demandée à la MDPH.`,
    falc: [`L'accueil actuel de ${p} ne semble plus adapté.`, "Une nouvelle décision est demandée à la MDPH."],
    next: {
      standard: `La MDPH va étudier la situation de ${p} et la CDAPH prendra une nouvelle décision. ${p} peut donner son avis et demander à parler devant la commission ; vous pouvez l'y aider.`,
      falc: ["La CDAPH va prendre une nouvelle décision.", `${p} peut donner son avis.`, "Vous pouvez l'aider à le faire."],
    },
  }),
  "54": (p) => ({
    standard: `L'envoi de la décision d'orientation à cet établissement ou service, qui avait été annulé, a été réactivé : il s'occupe de nouveau de la demande de ${p}.`,
    falc: ["La décision est de nouveau envoyée à cet établissement.", `L'établissement s'occupe de nouveau de la demande de ${p}.`],
    next: {
      standard: `L'établissement va reprendre l'étude de la demande. Vous pouvez l'appeler avec ${p} pour savoir où elle en est.`,
      falc: ["L'établissement va de nouveau étudier la demande.", `Vous pouvez appeler l'établissement avec ${p}.`],
    },
  }),
  "71": admitted(ESMS),
  "72": admissible(ESMS),
  "180": (p) => ({
    standard: `${p} n'est plus sur la liste d'attente de cet établissement ou service, ou l'accompagnement prévu a été annulé. Cela peut venir de sa demande, d'une autre solution trouvée ou d'une décision de l'établissement.`,
    falc: [`${p} n'est plus sur la liste d'attente de cet établissement.`, "Ou l'accueil prévu est annulé."],
    next: {
      standard: `Si ${p} ne l'a pas demandé, vous pouvez l'aider à contacter l'établissement pour en connaître la raison, et à chercher un autre établissement qui correspond à son orientation.`,
      falc: [`Si ${p} n'a rien demandé, vous pouvez l'aider à appeler l'établissement.`, "Vous pouvez l'aider à chercher un autre établissement."],
    },
  }),
  "181": trialFailed(UNIT),
  "182": analysis(UNIT),
  "183": admissible(UNIT),
  "184": admitted(UNIT),
  "185": trialOngoing(UNIT),
  "186": (p) => ({
    standard: `L'unité accompagne ${p} : sa prise en charge a commencé. ${UNIT_NOTE}`,
    falc: [`Cette partie de l'établissement accompagne ${p}.`, "Son accompagnement a commencé."],
    next: {
      standard: `${p} doit garder son contrat de séjour ou son document individuel de prise en charge. Sa décision d'orientation a une date de fin : vous pouvez l'aider à demander son renouvellement à la MDPH plusieurs mois avant.`,
      falc: [`${p} doit garder les documents signés avec l'établissement.`, "Vous pouvez l'aider à renouveler sa décision à la MDPH avant la fin."],
    },
  }),
  "187": (p) => ({
    standard: `Un changement a été demandé : l'accompagnement de ${p} dans cette unité ne semble plus adapté à ses besoins. Selon les cas, une autre unité de l'établissement ou une nouvelle décision de la CDAPH est envisagée. ${UNIT_NOTE}`,
    falc: [`L'accueil de ${p} dans cette partie de l'établissement ne semble plus adapté.`, "Un changement est demandé."],
    next: {
      standard: `L'établissement explique à ${p} ce qui est proposé. Si une nouvelle orientation est nécessaire, la MDPH étudie sa situation ; ${p} peut donner son avis et demander à parler devant la CDAPH, et vous pouvez l'y aider.`,
      falc: [`L'établissement explique à ${p} ce qu'il propose.`, `${p} peut donner son avis.`],
    },
  }),
  "188": (p) => ({
    standard: `L'accompagnement de ${p} par cette unité est terminé. ${UNIT_NOTE}`,
    falc: [`L'accompagnement de ${p} dans cette partie de l'établissement est terminé.`],
    next: {
      standard: `Si ${p} a encore besoin d'un accompagnement, vous pouvez l'aider à en parler avec l'établissement ou à contacter la MDPH.`,
      falc: ["S'il faut encore de l'aide, vous pouvez l'aider à appeler la MDPH."],
    },
  }),
};

const MDPH: Record<string, AidantWording> = {
  depot: (p) => ({
    standard: `Le dossier de ${p} a été déposé à la maison départementale des personnes handicapées (MDPH). Elle enregistre la date de dépôt et envoie un accusé de réception à ${p}.`,
    falc: [`Le dossier de ${p} est arrivé à la MDPH.`, `La MDPH envoie un courrier à ${p} pour le dire.`],
    next: {
      standard: `La MDPH va vérifier que le dossier est complet. ${p} doit garder l'accusé de réception : la MDPH doit répondre dans les 4 mois qui suivent le dépôt du dossier complet.`,
      falc: ["La MDPH va vérifier le dossier.", `${p} doit garder le courrier de la MDPH.`, "La MDPH doit répondre dans les 4 mois."],
    },
  }),
  recevabilite: (p) => ({
    standard: `La MDPH vérifie que le dossier de ${p} est complet : formulaire signé, certificat médical de moins d'un an, pièce d'identité et justificatif de domicile.`,
    falc: [`La MDPH vérifie que le dossier de ${p} est complet.`],
    next: {
      standard: `Si tout est là, le dossier passe à l'évaluation. S'il manque une pièce, la MDPH la demandera à ${p} par courrier.`,
      falc: ["Si tout est là, une équipe va étudier la demande.", `S'il manque un document, la MDPH le demande à ${p}.`],
    },
  }),
  "pieces-demandees": (p) => ({
    standard: `Il manque une ou plusieurs pièces au dossier de ${p}, ou une pièce doit être complétée. La MDPH a écrit à ${p} pour les demander. Le dossier sera étudié une fois complet.`,
    falc: [`Il manque un document dans le dossier de ${p}.`, `La MDPH a écrit à ${p} pour le demander.`],
    next: {
      standard: `Vous pouvez aider ${p} à envoyer les pièces demandées le plus vite possible, dans le délai indiqué dans le courrier. Si ce qui est demandé n'est pas clair, appelez la MDPH ensemble ou faites-vous aider par une maison France Services.`,
      falc: ["Vous pouvez l'aider à envoyer vite le document demandé.", "Regardez la date limite dans le courrier.", "Si ce n'est pas clair, appelez la MDPH ensemble."],
    },
  }),
  evaluation: (p) => ({
    standard: `L'équipe pluridisciplinaire de la MDPH évalue les besoins de ${p}. Elle peut appeler ${p}, proposer un rendez-vous ou une visite à domicile, et demander l'avis d'autres professionnels.`,
    falc: [`Une équipe de la MDPH étudie les besoins de ${p}.`, `Elle peut appeler ${p} ou proposer un rendez-vous.`],
    next: {
      standard: `L'équipe enverra à ${p} un plan personnalisé de compensation : ${p} aura 15 jours pour faire part de ses observations, et vous pouvez l'y aider. Le dossier passera ensuite devant la commission des droits et de l'autonomie des personnes handicapées (CDAPH).`,
      falc: [`L'équipe va envoyer des propositions à ${p}.`, `${p} a 15 jours pour donner son avis.`, "Ensuite, la CDAPH décide."],
    },
  }),
  "decision-cdaph": (p) => ({
    standard: `La commission des droits et de l'autonomie des personnes handicapées (CDAPH) examine le dossier de ${p} et prend la décision. ${p} peut demander à parler devant la commission, et s'y faire accompagner, par exemple par vous.`,
    falc: [`La CDAPH étudie le dossier de ${p}.`, "Elle va prendre une décision.", `${p} peut demander à parler devant la CDAPH.`],
    next: {
      standard: `${p} recevra la décision par courrier. Sans réponse 4 mois après le dépôt du dossier complet, la demande est considérée comme refusée et ${p} peut contester ce refus.`,
      falc: [`${p} va recevoir la décision par courrier.`, "Sans réponse après 4 mois, la réponse est non.", `${p} peut alors contester.`],
    },
  }),
  notification: (p) => ({
    standard: `La décision de la CDAPH a été envoyée à ${p}. Elle indique les droits accordés ou refusés, leur durée et les voies de recours.`,
    falc: [`${p} a reçu la décision de la CDAPH.`, "Elle dit quelles aides sont accordées.", "Elle dit aussi pour combien de temps."],
    next: {
      standard: `Les aides accordées sont versées par l'organisme concerné : la caisse d'allocations familiales ou la Mutualité sociale agricole pour l'allocation aux adultes handicapés, le conseil départemental pour la prestation de compensation. Pour une orientation, vous pouvez aider ${p} à contacter les établissements. En cas de désaccord, ${p} a 2 mois pour faire un recours administratif préalable obligatoire auprès de la MDPH.`,
      falc: ["Les aides accordées vont être versées.", "Pour une place, vous pouvez l'aider à appeler les établissements.", `En cas de désaccord, ${p} a 2 mois pour écrire à la MDPH.`],
    },
  }),
  recours: (p) => ({
    standard: `${p} a contesté la décision. Son recours administratif préalable obligatoire est étudié par la MDPH ; pour la carte mobilité inclusion, par le conseil départemental.`,
    falc: [`${p} a contesté la décision.`, "Son dossier est étudié de nouveau."],
    next: {
      standard: `${p} recevra une nouvelle décision. Sans réponse dans les 2 mois, le recours est considéré comme rejeté. ${p} pourra alors saisir le tribunal indiqué dans la réponse ; un avocat n'est pas obligatoire. ${p} peut aussi demander une conciliation à la MDPH.`,
      falc: [`${p} va recevoir une nouvelle décision.`, "Sans réponse après 2 mois, la réponse est non.", `${p} peut ensuite aller devant le juge.`, "Un avocat n'est pas obligatoire."],
    },
  }),
};

const WORDINGS: Record<StatusKind, Record<string, AidantWording>> = { "tre-r357": TRE_R357, mdph: MDPH };

/** The texts of one status for an aidant reading for `person`; undefined for an unknown code. */
export function getAidantStatusTexts(kind: StatusKind, code: string, person: string): AidantStatusTexts | undefined {
  return Object.hasOwn(WORDINGS[kind], code) ? WORDINGS[kind][code]?.(person) : undefined;
}
