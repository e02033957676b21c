-- CreateIndex
CREATE INDEX "PortalSession_endedAt_lastSeenAt_idx" ON "PortalSession"("endedAt", "lastSeenAt");
