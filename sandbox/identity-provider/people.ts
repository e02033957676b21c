import { displayNameFromClaims, type FranceConnectClaims } from "../partner-kit/identity-claims";

// The invented people of the sandbox. Their `sub`s are shared by the identity
// provider, the partner stand-ins' demo data and the portal seed, so importing
// this module is the only way to refer to them.
//
// Subs imitate FranceConnect v2 (64 hex characters + "v1"); they are
// sha256("portail-autonomie-sandbox:<key>") and never change.

export type SandboxPersonKey =
  | "jeanne-martin"
  | "karim-benali"
  | "sophie-martin"
  | "andre-lefebvre"
  | "nadia-haddad"
  | "lucie-bernard"
  | "marc-bernard"
  | "claire-moreau"
  | "helene-roux"
  | "yvonne-perrin"
  | "odette-lambert"
  | "yves-perrin"
  | "ines-fontaine";

export type SandboxProfile = "personne-agee" | "personne-handicapee" | "aidant";

export interface SandboxPerson {
  key: SandboxPersonKey;
  sub: string;
  profile: SandboxProfile;
  /** One French sentence shown on the sign-in page (without the age, computed at display time). */
  description: string;
  claims: FranceConnectClaims;
  /** Subs of the people this person helps as an aidant. */
  aidantOf: readonly string[];
}

export const SANDBOX_SUBS = {
  jeanneMartin: "40c3c3b84e092afe3ba2e8a1ff95053ce53a32f66a9305a8de66d1b5953a0f72v1",
  karimBenali: "9a3697fbe22644e05dea5abe65785376b0949e8c38212e91f2779e3b1987eafev1",
  sophieMartin: "688c076578b80930602e4a41c03b3157aca42e349b3a36629a73013f7432ba17v1",
  // One person per Playwright journey that changes partner state, so parallel journeys never share one.
  andreLefebvre: "9a17dc13eb8f9cba26faad53b05b7589e5cd9405772c5c7b61a808a30b831254v1",
  nadiaHaddad: "6ec3522bc0cc28d5568d16b785ae49721ff123a5de1e18cab9f5b367a81e9010v1",
  lucieBernard: "10e21df9a28d68d706f02a1046a1ad76e53afce3dda40423589998ca3ff1ceddv1",
  marcBernard: "2e3ab29110afa40a130c8dcc5cf0e52d418f82760ed5666daf00aabf521606e5v1",
  claireMoreau: "23e8eaa6ced4886d9352127870efac848cc263a1065d5463d93525dd876f91bav1",
  // The aidant who types wrong invitation codes until the portal stops her (abuse limits journey).
  heleneRoux: "45567b9a4cab23d71542007a34f0b08c7c133cf60a794f60edc10574490ee4f6v1",
  // Sends admission requests to two EHPAD from the portal (send-request journey).
  yvonnePerrin: "2145387cd2a617944400c98769039f06e85beea40f31a5efaa02beaa2f9a5286v1",
  // Fills her profile, exports her data and deletes her account (profile journey).
  odetteLambert: "1c9bcb8b556c0d935ff6ceaf433e9be78582e6ffa21b4892c7099b28118f80b8v1",
  // Pairs with Mon espace santé and watches his requests arrive there (journeys/mon-espace-sante.spec.ts).
  yvesPerrin: "b889451817a6e9271e0a573dc591c4a2b4349174bddc081cbf546cb38ae59f2ev1",
  // Prepares her first MDPH request from the portal and finds it at MDPH en ligne (journeys/send-mdph-request.spec.ts).
  inesFontaine: "dda64b00c28bcc87ef5bf13d579e27e1ad5d368846507fc7bf5a910ed483f340v1",
} as const;

export const SANDBOX_PEOPLE: readonly SandboxPerson[] = [
  {
    key: "jeanne-martin",
    sub: SANDBOX_SUBS.jeanneMartin,
    profile: "personne-agee",
    description: "Vit seule à domicile à Villeurbanne ; cherche une place en EHPAD.",
    claims: {
      given_name: "Jeanne Marie",
      // FranceConnect's family_name is the birth name; "Martin" is her usage name.
      family_name: "Girard",
      preferred_username: "Martin",
      birthdate: "1942-04-17",
      gender: "female",
      birthplace: "69383",
      birthcountry: "99100",
      email: "jeanne.martin@example.org",
    },
    aidantOf: [],
  },
  {
    key: "karim-benali",
    sub: SANDBOX_SUBS.karimBenali,
    profile: "personne-handicapee",
    description: "En situation de handicap moteur, vit à Marseille ; demandes en cours auprès de la MDPH.",
    claims: {
      given_name: "Karim",
      family_name: "Benali",
      birthdate: "1990-06-02",
      gender: "male",
      // Born abroad (Algeria): FranceConnect sends an empty birthplace.
      birthplace: "",
      birthcountry: "99352",
      email: "karim.benali@example.org",
    },
    aidantOf: [],
  },
  {
    key: "sophie-martin",
    sub: SANDBOX_SUBS.sophieMartin,
    profile: "aidant",
    description: "Aidante de sa mère, Jeanne Martin ; vit à Lyon.",
    claims: {
      given_name: "Sophie Anne",
      family_name: "Martin",
      birthdate: "1974-09-30",
      gender: "female",
      birthplace: "69266",
      birthcountry: "99100",
      email: "sophie.martin@example.org",
    },
    aidantOf: [SANDBOX_SUBS.jeanneMartin],
  },
  {
    key: "andre-lefebvre",
    sub: SANDBOX_SUBS.andreLefebvre,
    profile: "personne-agee",
    description: "Vit à Lille ; demandes d’admission en EHPAD et de carte mobilité inclusion en cours.",
    claims: {
      given_name: "André",
      family_name: "Lefebvre",
      birthdate: "1944-02-11",
      gender: "male",
      birthplace: "59350",
      birthcountry: "99100",
      email: "andre.lefebvre@example.org",
    },
    aidantOf: [],
  },
  {
    key: "nadia-haddad",
    sub: SANDBOX_SUBS.nadiaHaddad,
    profile: "personne-handicapee",
    description: "En situation de handicap psychique, vit à Strasbourg ; demandes auprès de la MDPH et d’établissements.",
    claims: {
      given_name: "Nadia",
      family_name: "Haddad",
      birthdate: "1983-07-23",
      gender: "female",
      birthplace: "67482",
      birthcountry: "99100",
      email: "nadia.haddad@example.org",
    },
    aidantOf: [],
  },
  {
    key: "lucie-bernard",
    sub: SANDBOX_SUBS.lucieBernard,
    profile: "personne-agee",
    description: "Vit seule à Montpellier ; une place en EHPAD lui est proposée.",
    claims: {
      given_name: "Lucie",
      family_name: "Bernard",
      birthdate: "1939-11-05",
      gender: "female",
      birthplace: "34172",
      birthcountry: "99100",
      email: "lucie.bernard@example.org",
    },
    aidantOf: [],
  },
  {
    key: "marc-bernard",
    sub: SANDBOX_SUBS.marcBernard,
    profile: "aidant",
    description: "Fils de Lucie Bernard, qu’il aide au quotidien ; vit à Montpellier, sans démarche à son nom.",
    claims: {
      given_name: "Marc",
      family_name: "Bernard",
      birthdate: "1966-03-14",
      gender: "male",
      birthplace: "34172",
      birthcountry: "99100",
      email: "marc.bernard@example.org",
    },
    // Empty on purpose: the aidant journey creates his mandate in the portal (ADR 0006), from nothing.
    aidantOf: [],
  },
  {
    key: "claire-moreau",
    sub: SANDBOX_SUBS.claireMoreau,
    profile: "aidant",
    description: "Aidante de son père, se connecte depuis l’ordinateur partagé d’une France Services à Nantes.",
    claims: {
      given_name: "Claire",
      family_name: "Moreau",
      birthdate: "1971-09-30",
      gender: "female",
      birthplace: "44109",
      birthcountry: "99100",
      email: "claire.moreau@example.org",
    },
    // The single-logout journey takes a partner down for her alone (outage per person).
    aidantOf: [],
  },
  {
    key: "helene-roux",
    sub: SANDBOX_SUBS.heleneRoux,
    profile: "aidant",
    description: "Aide une voisine à Rennes ; n’a encore reçu aucun code d’invitation valable.",
    claims: {
      given_name: "Hélène",
      family_name: "Roux",
      birthdate: "1971-09-02",
      gender: "female",
      birthplace: "35238",
      birthcountry: "99100",
      email: "helene.roux@example.org",
    },
    aidantOf: [],
  },
  {
    key: "yvonne-perrin",
    sub: SANDBOX_SUBS.yvonnePerrin,
    profile: "personne-agee",
    description: "Vit seule à Villeurbanne ; a rempli son profil et compare des EHPAD près de Lyon.",
    claims: {
      given_name: "Yvonne",
      family_name: "Perrin",
      birthdate: "1940-02-21",
      gender: "female",
      birthplace: "69266",
      birthcountry: "99100",
      email: "yvonne.perrin@example.org",
    },
    aidantOf: [],
  },
  {
    key: "odette-lambert",
    sub: SANDBOX_SUBS.odetteLambert,
    profile: "personne-agee",
    description: "Vit seule à Lyon ; remplit son profil une fois, puis supprime son compte.",
    claims: {
      given_name: "Odette",
      family_name: "Lambert",
      birthdate: "1944-06-03",
      gender: "female",
      birthplace: "69123",
      birthcountry: "99100",
      email: "odette.lambert@example.org",
    },
    aidantOf: [],
  },
  {
    key: "yves-perrin",
    sub: SANDBOX_SUBS.yvesPerrin,
    profile: "personne-agee",
    description: "Vit à Montpellier ; attend une place en EHPAD et une décision de la MDPH, qu’il veut retrouver dans Mon espace santé.",
    claims: {
      given_name: "Yves",
      family_name: "Perrin",
      birthdate: "1957-05-10",
      gender: "male",
      birthplace: "34172",
      birthcountry: "99100",
      email: "yves.perrin@example.org",
    },
    aidantOf: [],
  },
  {
    key: "ines-fontaine",
    sub: SANDBOX_SUBS.inesFontaine,
    profile: "personne-handicapee",
    description: "Malvoyante, vit à Lille ; prépare sa première demande à la MDPH depuis le portail.",
    claims: {
      given_name: "Inès",
      family_name: "Fontaine",
      birthdate: "1997-03-18",
      gender: "female",
      birthplace: "59350",
      birthcountry: "99100",
      email: "ines.fontaine@example.org",
    },
    aidantOf: [],
  },
];

export function findPersonBySub(sub: string | undefined): SandboxPerson | undefined {
  return SANDBOX_PEOPLE.find((person) => person.sub === sub);
}

/** "Jeanne Martin": first given name and usage name (or birth name). */
export function displayName(person: SandboxPerson): string {
  return displayNameFromClaims(person.claims);
}

/** Age in whole years on a given day (defaults to today). */
export function ageOn(birthdate: string, on: Date = new Date()): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthdate);
  if (!match) throw new RangeError(`invalid birthdate ${birthdate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  let age = on.getUTCFullYear() - year;
  const beforeBirthday = on.getUTCMonth() + 1 < month || (on.getUTCMonth() + 1 === month && on.getUTCDate() < day);
  if (beforeBirthday) age -= 1;
  return age;
}

/** Claims as returned by the identity provider: `sub` plus the FranceConnect claims. */
export function claimsOf(person: SandboxPerson): Record<string, string> {
  const claims: Record<string, string> = { sub: person.sub };
  for (const [name, value] of Object.entries(person.claims)) {
    if (typeof value === "string") claims[name] = value;
  }
  return claims;
}

/** True for the subs of the invented people above. */
export function isSandboxSub(sub: string): boolean {
  return SANDBOX_PEOPLE.some((person) => person.sub === sub);
}
