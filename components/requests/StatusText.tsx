import type { FollowedStatus, ReadingVersionName } from "@/lib/requests/client";

export type StatusTextProps = { status: FollowedStatus; version: ReadingVersionName; withNext?: boolean };

/** The current status in plain words: the standard text, or the FALC text one sentence per line. */
export function StatusText({ status, version, withNext = false }: StatusTextProps) {
  if (version === "facile") {
    return (
      <div className="portal-falc">
        <ul className="portal-falc__lines">
          {status.falcText.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {withNext && status.next ? (
          <>
            <p className="fr-text--bold fr-mb-1w">Et maintenant ?</p>
            <ul className="portal-falc__lines">
              {status.next.falc.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : null}
        {Object.keys(status.explains).length > 0 ? (
          <dl className="fr-text--sm">
            {Object.entries(status.explains).map(([term, meaning]) => (
              <div key={term}>
                <dt className="fr-text--bold">{term}</dt>
                <dd className="fr-ml-0">{meaning}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </div>
    );
  }
  return (
    <>
      <p className="fr-mb-2w">{status.text}</p>
      {withNext && status.next ? (
        <>
          <p className="fr-text--bold fr-mb-1w">Ce qui va se passer, ce que vous pouvez faire</p>
          <p>{status.next.standard}</p>
        </>
      ) : null}
    </>
  );
}
