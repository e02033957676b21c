export type ActingForSwitchProps = {
  /** The signed-in person. */
  viewer: { userId: string; name: string };
  /** People the viewer may consult for (`listConsultablePeople`). */
  people: Array<{ userId: string; name: string }>;
  /** The userId currently shown (the viewer's own id when consulting for oneself). */
  selectedUserId: string;
  /** The page the form reloads, e.g. "/mes-demarches". */
  action: string;
};

/**
 * "Je consulte pour : …": a native GET form (works without JavaScript, the
 * choice stays in the address as `pour=<userId>`). The server checks the
 * mandate again on every read; this list is only a convenience. Renders
 * nothing when the viewer helps no one.
 */
export function ActingForSwitch({ viewer, people, selectedUserId, action }: ActingForSwitchProps) {
  if (people.length === 0) return null;
  return (
    <form method="get" action={action} className="fr-mb-4w" aria-label="Choisir la personne dont vous consultez les démarches">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-6">
          <div className="fr-select-group fr-mb-0">
            <label className="fr-label" htmlFor="acting-for">
              Je consulte pour
            </label>
            <select className="fr-select" id="acting-for" name="pour" defaultValue={selectedUserId}>
              <option value={viewer.userId}>Moi-même ({viewer.name})</option>
              {people.map((person) => (
                <option key={person.userId} value={person.userId}>
                  {person.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="fr-col-12 fr-col-md-auto">
          <button type="submit" className="fr-btn fr-btn--secondary">
            Afficher
          </button>
        </div>
      </div>
    </form>
  );
}
