import { formatDate } from "@/lib/format/dates";
import type { TimelineStep } from "@/lib/requests/client";

export type RequestTimelineProps = {
  steps: TimelineStep[];
  headingLevel: "h3" | "h4";
  withComments?: boolean;
  withOfficialLabels?: boolean;
  /** When an aidant reads: the partner's comments were written to this person, and are quoted as such. */
  personName?: string;
};

/** Past steps, oldest first, the current one last. */
export function RequestTimeline({ steps, headingLevel: Heading, withComments = false, withOfficialLabels = false, personName }: RequestTimelineProps) {
  if (steps.length === 0) return null;
  return (
    <>
      <Heading className="fr-text--md fr-mb-1w">Étapes passées</Heading>
      <ol className="portal-timeline fr-mb-2w">
        {steps.map((step, index) => (
          <li key={`${step.date}-${index}`} aria-current={index === steps.length - 1 ? "step" : undefined}>
            {/* The number sits in the dot: the list's own markers were drawn under it. Screen readers get the list position. */}
            <span className="portal-timeline__number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="fr-text--bold">{formatDate(step.date)}</span> : {step.plainLabel}
            {index === steps.length - 1 ? <span className="fr-sr-only"> (étape actuelle)</span> : null}
            {withOfficialLabels && step.label !== step.plainLabel ? <span className="fr-hint-text">Libellé officiel : {step.label}</span> : null}
            {withComments && step.comment ? (
              <span className="fr-hint-text">
                {personName ? (
                  <>
                    Message pour {personName} : <q>{step.comment}</q>
                  </>
                ) : (
                  step.comment
                )}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
