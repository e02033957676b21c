import type { PrismaClient } from "@prisma/client";

import { isRequestPartnerId, requestPartner } from "@/lib/partners/registry";

/**
 * Titles of one person's requests the portal holds a copy of, by access-log
 * target ("<partner>/<id>"), so the person's access log can name each request
 * ("Demande d'admission en EHPAD — …") rather than its number. Targets of
 * someone else, or never stored, are left out (the log then shows the number).
 */
export async function findRequestTitles(prisma: PrismaClient, personSubject: string, targets: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(targets)].flatMap((target) => {
    const [partner, id] = target.split("/", 2);
    return partner && id && isRequestPartnerId(partner) ? [{ target, partner, id }] : [];
  });
  if (wanted.length === 0) return new Map();
  const rows = await prisma.partnerRequest.findMany({
    where: { personSubject, OR: wanted.map(({ partner, id }) => ({ partner, externalId: id })) },
    select: { partner: true, externalId: true, payload: true },
  });
  const titles = new Map<string, string>();
  for (const row of rows) {
    if (!isRequestPartnerId(row.partner)) continue;
    const raw = requestPartner(row.partner).parseRequest(row.payload);
    if (raw) titles.set(`${row.partner}/${row.externalId}`, raw.titre);
  }
  return titles;
}
