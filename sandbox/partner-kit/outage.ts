// A simulated partner outage, switched from the /sandbox control page or
// endpoint: for everyone, or for one person only, so a Playwright journey can
// take "the partner" down for its own person while parallel journeys go on.

export interface OutageState {
  globale: boolean;
  personnes: string[];
}

export class Outage {
  #global = false;
  readonly #subs = new Set<string>();

  set(active: boolean, sub?: string): void {
    if (sub === undefined) {
      this.#global = active;
      // Ending a global outage ends everything, so "panne off" always means the partner is back.
      if (!active) this.#subs.clear();
      return;
    }
    if (active) this.#subs.add(sub);
    else this.#subs.delete(sub);
  }

  /** True when reads about this person (or, without a sub, any read) must fail. */
  isDown(sub?: string): boolean {
    return this.#global || (sub !== undefined && this.#subs.has(sub));
  }

  clear(sub?: string): void {
    if (sub === undefined) this.set(false);
    else this.#subs.delete(sub);
  }

  state(): OutageState {
    return { globale: this.#global, personnes: [...this.#subs].sort() };
  }
}
