"use client";

import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { formatElapsed } from "@/lib/format/dates";
import type { Dashboard } from "@/lib/requests/client";

import { RequestsDashboard, type RequestsDashboardProps } from "./RequestsDashboard";

export type LiveRequestsDashboardProps = Omit<RequestsDashboardProps, "dashboard"> & {
  /** Server-rendered dashboard: shown as is without JavaScript, and the query's initial data. */
  initial: Dashboard;
  /** JSON endpoint with the same authorization as the page. */
  endpoint: string;
  /** This page's own address: without JavaScript, « Mettre à jour » reloads it. */
  pageHref: string;
};

/** Re-read when the page regains focus and the data is older than this. */
const STALE_TIME_MS = 60_000;

/** The query provider of this page only (the root layout stays a server component). */
export function LiveRequestsDashboard(props: LiveRequestsDashboardProps) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1 } } }));
  return (
    <QueryClientProvider client={client}>
      <LiveDashboard {...props} />
    </QueryClientProvider>
  );
}

async function fetchDashboard(endpoint: string): Promise<Dashboard> {
  const response = await fetch(endpoint, { headers: { accept: "application/json" }, cache: "no-store" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as Dashboard;
}

function LiveDashboard({ initial, endpoint, pageHref, ...rest }: LiveRequestsDashboardProps) {
  const query = useQuery({
    queryKey: ["mes-demarches", endpoint],
    queryFn: () => fetchDashboard(endpoint),
    initialData: initial,
    initialDataUpdatedAt: Date.parse(initial.generatedAt),
    staleTime: STALE_TIME_MS,
    refetchOnWindowFocus: true,
  });
  return (
    <>
      <UpdatedAgo generatedAt={query.data.generatedAt} failed={query.isError} refreshing={query.isFetching} onRefresh={() => void query.refetch()} pageHref={pageHref} />
      <RequestsDashboard dashboard={query.data} {...rest} />
    </>
  );
}

type UpdatedAgoProps = { generatedAt: string; failed: boolean; refreshing: boolean; onRefresh: () => void; pageHref: string };

const REFRESH_CLASSES = "fr-btn fr-btn--sm fr-btn--tertiary fr-icon-refresh-line fr-btn--icon-left";

/** "Mis à jour il y a …": the same text on the server and at hydration, then ticking every 30 s. */
function UpdatedAgo({ generatedAt, failed, refreshing, onRefresh, pageHref }: UpdatedAgoProps) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 30_000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [generatedAt]);
  const since = Date.parse(generatedAt);
  return (
    <div className="fr-grid-row fr-grid-row--middle fr-mb-3w">
      <p className="fr-text--sm fr-mb-0 fr-mr-2w" data-testid="mis-a-jour">
        Mis à jour {formatElapsed(since, now ?? since)}.
        {failed ? " La dernière mise à jour a échoué ; les informations affichées sont les dernières reçues." : ""}
      </p>
      {now === null ? (
        // Server render and no JavaScript: a plain link that reloads the page (the server reads the partners again).
        <a className={REFRESH_CLASSES} href={pageHref}>
          Mettre à jour
        </a>
      ) : (
        <button type="button" className={REFRESH_CLASSES} onClick={onRefresh} disabled={refreshing}>
          {refreshing ? "Mise à jour…" : "Mettre à jour"}
        </button>
      )}
    </div>
  );
}
