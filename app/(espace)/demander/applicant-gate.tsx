import type { ReactNode } from "react";

import { ApplicationAlert } from "@/components/applications/ApplicationAlert";
import { PageLayout, type PageLayoutProps } from "@/components/PageLayout";
import { SignInForm } from "@/components/SignInForm";
import { applicationMessage, resolveApplicant, type Applicant } from "@/lib/applications";

type Gate = Pick<PageLayoutProps, "title" | "parents" | "lead"> & {
  /** What the page offers, for the sign-in invitation. */
  signedOutText: string;
  callbackUrl: string;
};

/**
 * The pages of /demander open for the signed-in person, or for an aidant
 * whose mandate has "preparer-demandes" (`pour`); otherwise they say why.
 */
export async function withApplicant(pour: string | undefined, gate: Gate, render: (applicant: Extract<Applicant, { kind: "ok" }>) => Promise<ReactNode> | ReactNode): Promise<ReactNode> {
  const applicant = await resolveApplicant(pour);
  if (applicant.kind === "signed-out") {
    return (
      <PageLayout title={gate.title} parents={gate.parents} lead={gate.lead}>
        <p>{gate.signedOutText}</p>
        <SignInForm callbackUrl={gate.callbackUrl} />
      </PageLayout>
    );
  }
  if (applicant.kind === "denied") {
    return (
      <PageLayout title={gate.title} parents={gate.parents}>
        <ApplicationAlert message={applicationMessage({ erreur: "acces-refuse" })} />
      </PageLayout>
    );
  }
  return render(applicant);
}

/** The first value of a query parameter, or "". */
export function firstParam(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}
