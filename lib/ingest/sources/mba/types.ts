/**
 * Ma Boussole Aidants API (`GET /v1/client/structures`), the fields the
 * catalogue reads. Wire names as the API spells them; nothing is trusted.
 */
export type MbaStructure = {
  idStructure?: string | number;
  nomStructure?: string;
  adresse?: { ligneAdresse?: string; codePostal?: string; latitude?: number | string | null; longitude?: number | string | null };
  ville?: { codeCommune?: string; nomVille?: string };
  departement?: { codeDepartement?: string; nomDepartement?: string };
  ageMin?: number | null;
  ageMax?: number | null;
  email?: string | null;
  telephone1?: string | null;
  siteWeb?: string | null;
  typeStructure?: { idTypeStructure?: number | string; nomTypeStructure?: string; descriptionTypeStructure?: string };
  services?: Array<{ idSousthematiqueSolutions?: number; nomSousThematique?: string; isDistanciel?: boolean }>;
  situations?: Array<{ idSituation?: number; nomSituation?: string; idProfil?: number }>;
  lastModifiedDate?: string;
  rayonAction?: { nomRayonAction?: string };
};
