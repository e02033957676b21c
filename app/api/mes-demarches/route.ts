import { NextResponse, type NextRequest } from "next/server";

import { getPrisma } from "@/lib/db";
import { recordAccess } from "@/lib/mandates";
import { limitJsonRequest } from "@/lib/rate-limit";
import { dashboardForAidant, firstParam, loadDashboard, resolveViewer } from "@/lib/requests";

/** The dashboard as JSON, for the page's refresh: same authorization and access log as the page. */
export async function GET(request: NextRequest) {
  const limited = await limitJsonRequest(request, "api");
  if (limited) return limited;
  const viewer = await resolveViewer(firstParam(request.nextUrl.searchParams.get("pour")));
  const headers = { "cache-control": "private, no-store" };
  if (viewer.kind === "signed-out") return NextResponse.json({ erreur: "Connectez-vous pour voir vos démarches." }, { status: 401, headers });
  if (viewer.kind === "denied") return NextResponse.json({ erreur: "Vous ne pouvez pas consulter les démarches de cette personne." }, { status: 403, headers });
  const { viewed, session } = viewer;
  const dashboard = await loadDashboard(await getPrisma(), viewed.subject);
  await recordAccess(viewed, session.userId, "liste-demarches");
  // Worded as the page is: an aidant reads the person's requests as an aidant.
  return NextResponse.json(viewed.userId === session.userId ? dashboard : dashboardForAidant(dashboard, viewed.name), { headers });
}
