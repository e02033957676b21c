import { Button } from "@codegouvfr/react-dsfr/Button";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import type { Metadata } from "next";
import { Link } from "@/components/Link";

import { FalcBadge } from "@/components/content/FalcBadge";
import { FalcBlocks } from "@/components/content/FalcBlocks";
import { FocusOnLoad } from "@/components/content/FocusOnLoad";
import { ReadingVersionSwitch } from "@/components/content/ReadingVersionSwitch";
import { ReaderWording } from "@/components/content/ReaderWording";
import { PageLayout } from "@/components/PageLayout";
import { PlaceField } from "@/components/search/PlaceField";
import { pageMetadata } from "@/lib/seo";
import {
  COMPRENDRE_PATH,
  ORIENTATION_FALC,
  ORIENTATION_PATH,
  ORIENTATION_PLACE_QUESTION,
  ORIENTATION_QUESTIONS,
  orient,
  parseOrientationQuery,
  questionLegend,
  readerOf,
} from "@/lib/content";
import { getReadingVersion } from "@/lib/preferences/reading-version";

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: (await getReadingVersion()) === "facile" ? ORIENTATION_FALC.falcTitle : "Que voulez-vous faire ?",
    description: "Répondez à quelques questions : nous vous indiquons où aller, sur ce site d'abord, puis sur les autres sites publics.",
    path: ORIENTATION_PATH,
  });
}

export type OrientationPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where the page lands once the form is sent: the error summary or the answers (#fragment without JavaScript). */
const ANSWER_ANCHOR = "reponses";
const ANSWER_HEADING = "reponses-titre";
const questionAnchor = (id: string) => `question-${id}`;

export default async function OrientationPage({ searchParams }: OrientationPageProps) {
  const parsed = parseOrientationQuery(await searchParams);
  const values: Record<string, string | undefined> =
    parsed.status === "complete" ? parsed.answers : parsed.status === "invalid" ? parsed.values : {};
  const errors: Record<string, string | undefined> = parsed.status === "invalid" ? parsed.errors : {};
  const missing = ORIENTATION_QUESTIONS.filter((question) => errors[question.id]);
  const reader = readerOf(values.pour);
  const recommendations = parsed.status === "complete" ? orient(parsed.answers) : [];
  // The questions and answers are FALC for every reader; the FALC version changes the title and the lead.
  const facile = (await getReadingVersion()) === "facile";
  return (
    <PageLayout
      title={facile ? ORIENTATION_FALC.falcTitle : "Que voulez-vous faire ?"}
      lead={facile ? undefined : "Répondez à quelques questions. Nous vous indiquons où aller : sur ce site d'abord, puis sur les autres sites publics."}
      parents={[{ label: "Comprendre mes droits", href: COMPRENDRE_PATH }]}
    >
      {facile ? <FalcBadge /> : null}
      <ReadingVersionSwitch current={facile ? "facile" : "standard"} path={ORIENTATION_PATH} />
      {facile ? <FalcBlocks blocks={ORIENTATION_FALC.falc} explains={ORIENTATION_FALC.explains} /> : null}
      {missing.length > 0 ? (
        <div className="fr-alert fr-alert--error fr-mb-4w portal-landing" id={ANSWER_ANCHOR}>
          <h2 className="fr-alert__title" id={ANSWER_HEADING} tabIndex={-1}>
            Il manque des réponses
          </h2>
          <p>Répondez à {missing.length > 1 ? "ces questions" : "cette question"}, puis validez :</p>
          <ul>
            {missing.map((question) => (
              <li key={question.id}>
                <a href={`#${questionAnchor(question.id)}`}>{questionLegend(question.id, reader)}</a>
              </li>
            ))}
          </ul>
          <FocusOnLoad targetId={ANSWER_HEADING} />
        </div>
      ) : null}
      <form method="get" action={`${ORIENTATION_PATH}#${ANSWER_ANCHOR}`} noValidate className="portal-orientation">
        {ORIENTATION_QUESTIONS.map((question) => (
          <RadioButtons
            key={question.id}
            id={questionAnchor(question.id)}
            legend={<ReaderWording wording={question.legend} />}
            hintText={"hint" in question ? question.hint : undefined}
            name={question.id}
            state={errors[question.id] ? "error" : "default"}
            stateRelatedMessage={errors[question.id]}
            options={question.options.map((option) => ({
              label: <ReaderWording wording={option.label} />,
              nativeInputProps: { value: option.value, defaultChecked: values[question.id] === option.value },
            }))}
          />
        ))}
        <PlaceField
          label={<ReaderWording wording={ORIENTATION_PLACE_QUESTION.label} />}
          hint={ORIENTATION_PLACE_QUESTION.hint}
          defaultValue={values.lieu}
          aroundMe={false}
        />
        <Button type="submit">Voir où aller</Button>
      </form>
      {recommendations.length > 0 ? (
        <section aria-labelledby={ANSWER_HEADING} className="fr-mt-6w portal-landing" id={ANSWER_ANCHOR}>
          <h2 id={ANSWER_HEADING} tabIndex={-1}>
            Où aller
          </h2>
          <FocusOnLoad targetId={ANSWER_HEADING} />
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
