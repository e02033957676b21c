import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";

import { PageLayout } from "@/components/PageLayout";

export const metadata: Metadata = { title: "Comprendre mes droits" };

export default function UnderstandPage() {
  return (
    <PageLayout
      title="Comprendre mes droits"
      lead="Les aides, les démarches et les services publics expliqués simplement."
    >
      <Alert
        severity="info"
        title="Ces pages arrivent bientôt"
        description="Les explications sur les aides (APA, PCH, AAH…) et les démarches, en version standard et en version facile à lire, seront publiées ici."
      />
    </PageLayout>
  );
}
