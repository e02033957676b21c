import type { MesFlow } from "@/lib/mes/plan";

import { FLOW_TEXTS } from "./texts";
import "@codegouvfr/react-dsfr/dsfr/component/toggle/toggle.main.min.css";

export type MesFlowsFormProps = {
  /** The flows switched on now. */
  flows: readonly MesFlow[];
  /** "connecter": first pairing; "enregistrer": change what is shared. */
  action: "connecter" | "enregistrer";
};

const ORDER: readonly MesFlow[] = ["agenda", "documents"];

/**
 * One DSFR switch per flow, each explained in plain words and in FALC, in a
 * native POST form (works without JavaScript).
 */
export function MesFlowsForm({ flows, action }: MesFlowsFormProps) {
  return (
    <form method="post" action="/mon-compte/mon-espace-sante/choix">
      <input type="hidden" name="action" value={action} />
      <fieldset className="fr-fieldset" aria-labelledby="flux-legende">
        <legend className="fr-fieldset__legend" id="flux-legende">
          Ce que le portail envoie à Mon espace santé
        </legend>
        {ORDER.map((flow) => {
          const text = FLOW_TEXTS[flow];
          return (
            <div className="fr-fieldset__element" key={flow}>
              <div className="fr-toggle fr-toggle--label-left">
                <input type="checkbox" className="fr-toggle__input" id={`flux-${flow}`} name="flux" value={flow} defaultChecked={flows.includes(flow)} aria-describedby={`flux-${flow}-aide`} />
                <label className="fr-toggle__label" htmlFor={`flux-${flow}`} data-fr-checked-label="Activé" data-fr-unchecked-label="Désactivé">
                  {text.label}
                </label>
                <p className="fr-hint-text" id={`flux-${flow}-aide`}>
                  {text.plain}
                </p>
              </div>
              <details className="fr-mt-1w fr-mb-2w">
                <summary>Explication facile à lire : {text.label.toLowerCase()}</summary>
                <ul>
                  {text.falc.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </details>
            </div>
          );
        })}
      </fieldset>
      <button className="fr-btn" type="submit">
        {action === "connecter" ? "Relier mon compte à Mon espace santé" : "Enregistrer mes choix"}
      </button>
    </form>
  );
}
