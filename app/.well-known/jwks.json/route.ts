import { NextResponse } from "next/server";

import { portalJwks } from "@/lib/sessions";

/** The portal's public keys: partners verify its back-channel logout tokens with them (ADR 0008). */
export async function GET() {
  return NextResponse.json(await portalJwks(), { headers: { "cache-control": "public, max-age=300" } });
}
