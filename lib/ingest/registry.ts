import type { SourceId } from "@/lib/offers/domain";

import { finessSource } from "./sources/finess";
import { franceServicesSource } from "./sources/france-services";
import { mbaSource } from "./sources/mba";
import { prixEhpadSource } from "./sources/prix-ehpad";
import { rorSource } from "./sources/ror";
import type { SourceDefinition } from "./source";

/**
 * Every source of the catalogue, in the order `ingest all` runs them: the
 * regulated directories first (they own the structures' descriptive fields),
 * then the prices joined on FINESS numbers, then the non-regulated sources.
 */
export const SOURCES: readonly SourceDefinition<never>[] = [
  rorSource,
  finessSource,
  prixEhpadSource,
  franceServicesSource,
  mbaSource,
] as unknown as readonly SourceDefinition<never>[];

export function sourceById(id: string): SourceDefinition<unknown> | undefined {
  return SOURCES.find((source) => source.id === id) as SourceDefinition<unknown> | undefined;
}

export function isSourceId(value: string): value is SourceId {
  return SOURCES.some((source) => source.id === value);
}
