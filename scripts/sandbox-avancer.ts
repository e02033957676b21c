/**
 * `npm run sandbox:avancer -- <via-trajectoire|mdph-en-ligne> <id> [code]`:
 * moves a demo request of a running partner stand-in to its next step, or to
 * the given MDPH step code or TRE_R357 status code, through the stand-in's
 * control endpoint (which sends the signed webhook to the portal). Reads the
 * partners' URLs from the same environment variables as `npm run sandbox`.
 */
import { readSandboxConfig } from "@/sandbox/identity-provider/config";

const PARTNERS = { "via-trajectoire": "viaTrajectoire", "mdph-en-ligne": "mdphEnLigne" } as const;
type PartnerName = keyof typeof PARTNERS;

const USAGE = "Usage : npm run sandbox:avancer -- <via-trajectoire|mdph-en-ligne> <numéro de demande> [code d’étape ou de statut]";

type Delivery = { id: string; resultat: "livre" | "refuse" | "echec"; statutHttp: number | null; erreur: string | null; nouvelleTentativeDansMs: number | null };
type Answer = { erreur?: string; demande?: { id: string; etape?: { code: string; libelle: string }; statut?: { code: string; display: string } }; webhook?: Delivery };

function describeDelivery(delivery: Delivery): string {
  const answer = delivery.statutHttp !== null ? `HTTP ${delivery.statutHttp}` : (delivery.erreur ?? "sans réponse");
  if (delivery.resultat === "livre") return `Webhook ${delivery.id} livré au portail (${answer}).`;
  if (delivery.resultat === "refuse") return `Webhook ${delivery.id} refusé par le portail (${answer}) : il ne sera pas renvoyé.`;
  const retry = delivery.nouvelleTentativeDansMs !== null ? ` ; le service partenaire réessaie dans ${delivery.nouvelleTentativeDansMs / 1000} s tant qu’il tourne` : "";
  return `Webhook ${delivery.id} non livré (${answer})${retry}.`;
}

async function main(): Promise<number> {
  const [partner, id, code] = process.argv.slice(2);
  if (!partner || !id || !(partner in PARTNERS)) {
    console.error(USAGE);
    return 2;
  }
  const baseUrl = readSandboxConfig()[PARTNERS[partner as PartnerName]].url;
  const endpoint = `${baseUrl}/sandbox/demandes/${encodeURIComponent(id)}/avancer`;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(code ? { code } : {}),
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    console.error(`Le service ${partner} ne répond pas à ${baseUrl} : lancez d’abord \`npm run sandbox\` (ou \`npm run demo\`).`);
    return 1;
  }
  const answer = (await response.json().catch(() => ({}))) as Answer;
  if (!response.ok || !answer.demande) {
    console.error(`Refusé (HTTP ${response.status}) : ${answer.erreur ?? "réponse inattendue"}`);
    return 1;
  }
  const state = answer.demande.etape
    ? `étape « ${answer.demande.etape.libelle} » (${answer.demande.etape.code})`
    : `statut « ${answer.demande.statut?.display ?? "?"} » (${answer.demande.statut?.code ?? "?"})`;
  console.log(`${answer.demande.id} : ${state}.`);
  if (answer.webhook) console.log(describeDelivery(answer.webhook));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
