// Runs once when the server starts. The Node-only modules are imported here
// so that the Edge build never sees process.exit or pg-boss.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/startup-check");
  // `next build` loads the server to collect pages: no workers there.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startPortalJobs } = await import("./lib/jobs/portal-workers");
  await startPortalJobs();
}
