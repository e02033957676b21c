"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import "@/components/dsfr-bootstrap/register-link";
import { useEffect, useRef, type ReactNode } from "react";

import { PlaceField } from "@/components/search/PlaceField";
import { audienceOptions, DEFAULT_SORT, groupOptions, radiusOptions, sortOptions, temporaliteOptions, type RawSearchValues, type SearchFormErrors } from "@/lib/search/client";

export type SearchFiltersProps = {
  values: RawSearchValues;
  errors: SearchFormErrors;
  action?: string;
  /** Results are shown: on a phone the form folds behind one button so that they come first. */
  collapsed?: boolean;
};

const asList = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const asText = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function ErrorText({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p className="fr-error-text" id={id}>
      {message}
    </p>
  ) : null;
}

/** What the folded form's button says: where, how far, how many filters. */
function searchSummary(values: RawSearchValues): string {
  const filters =
    asList(values.type).length +
    [values.public, values.groupe, values.temporalite, values.prixMax, values.aideSociale, values.accessible, values.q].filter((value) => Boolean(asText(value))).length;
  const parts = [asText(values.lieu) || (asText(values.lat) ? "autour de vous" : ""), `${asText(values.rayon) ?? "20"} km`];
  if (filters > 0) parts.push(`${filters} filtre${filters > 1 ? "s" : ""}`);
  return parts.filter(Boolean).join(", ");
}

type FoldProps = { folded: boolean; summary: string; children: ReactNode };

/**
 * On a phone, the form behind a native <details> (works without JavaScript); from 768 px it is open:
 * by CSS where ::details-content exists (no jump), by script elsewhere.
 */
function Fold({ folded, summary, children }: FoldProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia("(min-width: 48em)").matches) ref.current.open = true;
  }, []);
  if (!folded) return <>{children}</>;
  return (
    <details className="portal-search-fold" ref={ref}>
      <summary className="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-filter-line portal-search-fold__button">Modifier la recherche ({summary})</summary>
      {children}
    </details>
  );
}

/**
 * The whole search form: a native GET form, usable without JavaScript; every URL is shareable.
 * A client component although it has no state of its own: the server then sends its few props
 * (what was typed) instead of the element tree of ~60 inputs on every search (measured with
 * ResultList: 140 kB → 92 kB of HTML for a search with 20 results).
 */
export function SearchFilters({ values, errors, action = "/recherche", collapsed = false }: SearchFiltersProps) {
  const selectedTypes = new Set(asList(values.type));
  const radius = asText(values.rayon) ?? "20";
  return (
    <form action={action} method="get" aria-label="Rechercher une solution" noValidate className="portal-search-form">
      <Fold folded={collapsed && Object.keys(errors).length === 0} summary={searchSummary(values)}>
      <PlaceField defaultValue={asText(values.lieu)} error={errors.lieu ?? errors.lat ?? errors.lon} />
      <div className={`fr-select-group${errors.rayon ? " fr-select-group--error" : ""}`}>
        <label className="fr-label" htmlFor="recherche-rayon">
          Distance maximale
        </label>
        <select className="fr-select" id="recherche-rayon" name="rayon" defaultValue={radius} aria-describedby={errors.rayon ? "recherche-rayon-erreur" : undefined}>
          {!radiusOptions.some((option) => String(option) === radius) ? <option value={radius}>{radius} km</option> : null}
          {radiusOptions.map((option) => (
            <option key={option} value={option}>
              {option} km
            </option>
          ))}
        </select>
        <ErrorText id="recherche-rayon-erreur" message={errors.rayon} />
      </div>
      <div className={`fr-select-group${errors.tri ? " fr-select-group--error" : ""}`}>
        <label className="fr-label" htmlFor="recherche-tri">
          Trier par
        </label>
        <select className="fr-select" id="recherche-tri" name="tri" defaultValue={asText(values.tri) ?? DEFAULT_SORT}>
          {sortOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <ErrorText id="recherche-tri-erreur" message={errors.tri} />
      </div>

      <fieldset className={`fr-fieldset${errors.public ? " fr-fieldset--error" : ""}`} aria-labelledby="recherche-public-legende">
        <legend className="fr-fieldset__legend fr-text--regular" id="recherche-public-legende">
          Pour qui ?
        </legend>
        {[{ value: "", label: "Tout le monde" }, ...audienceOptions].map((option) => (
          <div className="fr-fieldset__element" key={option.value || "tous"}>
            <div className="fr-radio-group">
              <input type="radio" id={`recherche-public-${option.value || "tous"}`} name="public" value={option.value} defaultChecked={(asText(values.public) ?? "") === option.value} />
              <label className="fr-label" htmlFor={`recherche-public-${option.value || "tous"}`}>
                {option.label}
              </label>
            </div>
          </div>
        ))}
        <ErrorText id="recherche-public-erreur" message={errors.public} />
      </fieldset>

      <details className="portal-filters" open={selectedTypes.size > 0 || Boolean(values.groupe) || Boolean(errors.type) || Boolean(errors.groupe)}>
        <summary className="fr-text--bold">Types de solutions{selectedTypes.size > 0 ? ` (${selectedTypes.size} choisi${selectedTypes.size > 1 ? "s" : ""})` : ""}</summary>
        <div className={`fr-select-group${errors.groupe ? " fr-select-group--error" : ""}`}>
          <label className="fr-label" htmlFor="recherche-groupe">
            Famille de solutions
          </label>
          <select className="fr-select" id="recherche-groupe" name="groupe" defaultValue={asText(values.groupe) ?? ""}>
            <option value="">Toutes les familles</option>
            {groupOptions.map((group) => (
              <option key={group.value} value={group.value}>
                {group.label}
              </option>
            ))}
          </select>
          <ErrorText id="recherche-groupe-erreur" message={errors.groupe} />
        </div>
        <ErrorText id="recherche-type-erreur" message={errors.type} />
        {groupOptions.map((group) => (
          <fieldset key={group.value} className="fr-fieldset" aria-labelledby={`recherche-types-${group.value}`}>
            <legend className="fr-fieldset__legend fr-text--regular" id={`recherche-types-${group.value}`}>
              {group.label}
            </legend>
            {group.types.map((type) => (
              <div className="fr-fieldset__element" key={type.value}>
                <div className="fr-checkbox-group fr-checkbox-group--sm">
                  <input type="checkbox" id={`recherche-type-${type.value}`} name="type" value={type.value} defaultChecked={selectedTypes.has(type.value)} />
                  <label className="fr-label" htmlFor={`recherche-type-${type.value}`}>
                    {type.label}
                  </label>
                </div>
              </div>
            ))}
          </fieldset>
        ))}
      </details>

      <details className="portal-filters" open={Boolean(values.temporalite || values.prixMax || values.aideSociale || values.accessible || values.q || errors.prixMax || errors.temporalite)}>
        <summary className="fr-text--bold">Accueil, prix, accessibilité et mots-clés</summary>
        <fieldset className="fr-fieldset" aria-labelledby="recherche-temporalite-legende">
          <legend className="fr-fieldset__legend fr-text--regular" id="recherche-temporalite-legende">
            Type d&apos;accueil
          </legend>
          {[{ value: "", label: "Tous" }, ...temporaliteOptions].map((option) => (
            <div className="fr-fieldset__element" key={option.value || "tous"}>
              <div className="fr-radio-group">
                <input type="radio" id={`recherche-temporalite-${option.value || "tous"}`} name="temporalite" value={option.value} defaultChecked={(asText(values.temporalite) ?? "") === option.value} />
                <label className="fr-label" htmlFor={`recherche-temporalite-${option.value || "tous"}`}>
                  {option.label}
                </label>
              </div>
            </div>
          ))}
          <ErrorText id="recherche-temporalite-erreur" message={errors.temporalite} />
        </fieldset>
        <div className={`fr-input-group${errors.prixMax ? " fr-input-group--error" : ""}`}>
          <label className="fr-label" htmlFor="recherche-prix">
            Prix maximum par mois, en euros
            <span className="fr-hint-text">Pour un hébergement : prix estimé, hébergement et dépendance compris</span>
          </label>
          <input className={`fr-input${errors.prixMax ? " fr-input--error" : ""}`} id="recherche-prix" name="prixMax" type="number" inputMode="numeric" min={0} max={20000} step={50} defaultValue={asText(values.prixMax) ?? ""} aria-describedby={errors.prixMax ? "recherche-prix-erreur" : undefined} />
          <ErrorText id="recherche-prix-erreur" message={errors.prixMax} />
        </div>
        <div className="fr-checkbox-group fr-mb-3w">
          <input type="checkbox" id="recherche-aide-sociale" name="aideSociale" value="oui" defaultChecked={asText(values.aideSociale) === "oui"} />
          <label className="fr-label" htmlFor="recherche-aide-sociale">
            Habilité à l&apos;aide sociale
            <span className="fr-hint-text">Le département peut aider à payer l&apos;hébergement</span>
          </label>
        </div>
        <div className="fr-checkbox-group fr-mb-3w">
          <input type="checkbox" id="recherche-accessible" name="accessible" value="oui" defaultChecked={asText(values.accessible) === "oui"} />
          <label className="fr-label" htmlFor="recherche-accessible">
            Locaux accessibles en fauteuil roulant
            <span className="fr-hint-text">Déclarés accessibles ou conformes dans le Répertoire opérationnel des ressources (ROR). Les autres sources ne le disent pas : en cas de doute, demandez à la structure.</span>
          </label>
        </div>
        <div className={`fr-input-group${errors.q ? " fr-input-group--error" : ""}`}>
          <label className="fr-label" htmlFor="recherche-mots">
            Mots-clés
          </label>
          <input className="fr-input" id="recherche-mots" name="q" type="text" maxLength={100} defaultValue={asText(values.q) ?? ""} />
          <ErrorText id="recherche-mots-erreur" message={errors.q} />
        </div>
      </details>
      {asList(values.comparer).map((id) => (
        <input key={id} type="hidden" name="comparer" value={id} />
      ))}
      <Button type="submit" iconId="fr-icon-search-line" iconPosition="left" className="fr-mt-2w">
        Rechercher
      </Button>
      </Fold>
    </form>
  );
}
