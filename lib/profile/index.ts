import { getPrisma } from "@/lib/db";

import type { DeclaredProfile, Profile } from "./model";
import { createProfileService } from "./service";

// Server entry of lib/profile (database). The pure model is in "./model" and
// re-exported here for server code; components import "@/lib/profile/model".
export * from "./model";
export { createProfileService, type ProfileService } from "./service";

const service = createProfileService(getPrisma);

/** Identity from FranceConnect (read only) + what the person declared + consent date; null for an unknown user. */
export function loadProfile(userId: string): Promise<Profile | null> {
  return service.loadProfile(userId);
}

/** Keeps the declared data with today's consent date (parse the form with `parseProfileForm` first). */
export function saveDeclaredProfile(userId: string, declared: DeclaredProfile): Promise<void> {
  return service.saveDeclaredProfile(userId, declared);
}

/** Erases the declared data (consent withdrawn); true when there was something to erase. */
export function forgetDeclaredProfile(userId: string): Promise<boolean> {
  return service.forgetDeclaredProfile(userId);
}
