import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import type { Metadata } from "next";
import Link from "next/link";

import { PageLayout } from "@/components/PageLayout";
import { COMPRENDRE_PATH, ORIENTATION_PATH, ORIENTATION_QUESTIONS, orient, parseOrientationQuery } from "@/lib/content";

export const metadata: Metadata = { title: "Que voulez-vous faire ?" };

export type OrientationPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrientationPage({ searchParams }: OrientationPageProps) {
  const parsed = parseOrientationQuery(await searchParams);
  const values: Record<string, string | undefined> =
    parsed.status === "complete" ? parsed.answers : parsed.status === "invalid" ? parsed.values : {};
  const errors: Record<string, string | undefined> = parsed.status === "invalid" ? parsed.errors : {};
  const recommendations = parsed.status === "complete" ? orient(parsed.answers) : [];
  return (
    <PageLayout
      title="Que voulez-vous faire ?"
      lead="Répondez à 4 questions. Nous vous indiquons où aller : sur ce site d'abord, puis sur les autres sites publics."
      parents={[{ label: "Comprendre mes droits", href: COMPRENDRE_PATH }]}
    >
      {parsed.status === "invalid" ? (
        <Alert severity="error" title="Il manque des réponses" description="Répondez aux questions signalées, puis validez." className="fr-mb-4w" />
      ) : null}
      <form method="get" action={ORIENTATION_PATH} noValidate>
        {ORIENTATION_QUESTIONS.map((question) => (
          <RadioButtons
            key={question.id}
            legend={question.legend}
            hintText={"hint" in question ? question.hint : undefined}
            name={question.id}
            state={errors[question.id] ? "error" : "default"}
            stateRelatedMessage={errors[question.id]}
            options={question.options.map((option) => ({
              label: option.label,
              nativeInputProps: { value: option.value, defaultChecked: values[question.id] === option.value },
            }))}
          />
        ))}
        <Button type="submit">Voir où aller</Button>
      </form>
      {recommendations.length > 0 ? (
        <section aria-labelledby="orientation-resultats" className="fr-mt-6w">
          <h2 id="orientation-resultats">Où aller</h2>
          <ol>
            {recommendations.map((recommendation) => (
              <li key={recommendation.id} className="fr-mb-3w">
                {recommendation.external ? (
                  <a className="fr-link fr-text--lg" href={recommendation.href} target="_blank" rel="noopener noreferrer" title={`${recommendation.title} - nouvelle fenêtre`}>
                    {recommendation.title}
                  </a>
                ) : (
                  <Link className="fr-link fr-text--lg" href={recommendation.href}>
                    {recommendation.title}
                  </Link>
                )}
                <p className="fr-mb-0">{recommendation.why}</p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </PageLayout>
  );
}
