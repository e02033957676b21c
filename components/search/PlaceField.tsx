"use client";

import { type ReactNode, useEffect, useId, useRef, useState } from "react";

export type PlaceFieldProps = {
  defaultValue?: string;
  error?: string;
  label?: ReactNode;
  hint?: string;
  /** Offers "Autour de moi" (a position instead of a place): only where the form's target reads `lat` and `lon`. */
  aroundMe?: boolean;
};

type Suggestion = { label: string };

/**
 * "Où ?": a plain text input that works without JavaScript; with JavaScript it
 * suggests communes (native datalist) and offers "Autour de moi".
 */
export function PlaceField({
  defaultValue = "",
  error,
  label = "Où ?",
  hint = "Commune ou code postal, par exemple : Lyon ou 69003",
  aroundMe: offerAroundMe = true,
}: PlaceFieldProps) {
  const id = useId();
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [geolocation, setGeolocation] = useState<"unsupported" | "idle" | "locating" | "denied">("unsupported");
  const inputRef = useRef<HTMLInputElement>(null);
  const latitudeRef = useRef<HTMLInputElement>(null);
  const longitudeRef = useRef<HTMLInputElement>(null);
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => {
    // Feature detection has to run in the browser, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if ("geolocation" in navigator) setGeolocation("idle");
  }, []);

  async function suggest(text: string) {
    abortRef.current?.abort();
    if (text.trim().length < 2) return setSuggestions([]);
    const controller = new AbortController();
    abortRef.current = controller;
    try {
      const response = await fetch(`/api/communes?q=${encodeURIComponent(text)}`, { signal: controller.signal });
      if (response.ok) setSuggestions((await response.json()) as Suggestion[]);
    } catch {
      // A failed suggestion only means no autocomplete: the form still works.
    }
  }

  function aroundMe() {
    setGeolocation("locating");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        if (latitudeRef.current && longitudeRef.current && inputRef.current) {
          latitudeRef.current.value = position.coords.latitude.toFixed(5);
          longitudeRef.current.value = position.coords.longitude.toFixed(5);
          latitudeRef.current.disabled = false;
          longitudeRef.current.disabled = false;
          inputRef.current.value = "";
          inputRef.current.form?.requestSubmit();
        }
      },
      () => setGeolocation("denied"),
      { timeout: 10_000, maximumAge: 300_000 },
    );
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
        <span className="fr-hint-text" id={hintId}>
          {hint}
        </span>
      </label>
      <input
        ref={inputRef}
        className={`fr-input${error ? " fr-input--error" : ""}`}
        id={id}
        name="lieu"
        type="text"
        defaultValue={defaultValue}
        autoComplete="address-level2"
        maxLength={100}
        list={suggestions.length > 0 ? `${id}-list` : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => {
          for (const hidden of [latitudeRef.current, longitudeRef.current]) {
            if (hidden) {
              hidden.value = "";
              hidden.disabled = true;
            }
          }
          void suggest(event.target.value);
        }}
      />
      <datalist id={`${id}-list`}>
        {suggestions.map((suggestion) => (
          <option key={suggestion.label} value={suggestion.label} />
        ))}
      </datalist>
      {/* Disabled, so not sent, until "Autour de moi" fills them: a search by place keeps a clean URL. */}
      {offerAroundMe ? (
        <>
          <input ref={latitudeRef} type="hidden" name="lat" defaultValue="" disabled />
          <input ref={longitudeRef} type="hidden" name="lon" defaultValue="" disabled />
        </>
      ) : null}
      {error ? (
        <p className="fr-error-text" id={errorId}>
          {error}
        </p>
      ) : null}
      {offerAroundMe && geolocation !== "unsupported" ? (
        <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm fr-btn--icon-left fr-icon-map-pin-2-line fr-mt-1w" onClick={aroundMe} disabled={geolocation === "locating"}>
          {geolocation === "locating" ? "Localisation en cours…" : "Autour de moi"}
        </button>
      ) : null}
      {geolocation === "denied" ? (
        <p className="fr-error-text" role="alert">
          Votre position n&apos;est pas disponible. Indiquez une commune ou un code postal.
        </p>
      ) : null}
    </div>
  );
}
