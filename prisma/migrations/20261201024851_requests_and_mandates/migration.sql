-- CreateTable
CREATE TABLE "Mandate" (
    "id" TEXT NOT NULL,
    "mandatorId" TEXT NOT NULL,
    "aidantId" TEXT,
    "aidantLabel" TEXT NOT NULL,
    "scopes" TEXT[],
    "codeHash" TEXT,
    "codeExpiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Mandate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MandateAccessLog" (
    "id" TEXT NOT NULL,
    "mandateId" TEXT NOT NULL,
    "aidantId" TEXT NOT NULL,
    "mandatorId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MandateAccessLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerRequest" (
    "id" TEXT NOT NULL,
    "partner" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "personSubject" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "partnerUpdatedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerSync" (
    "partner" TEXT NOT NULL,
    "personSubject" TEXT NOT NULL,
    "lastSuccessAt" TIMESTAMP(3),
    "lastFailureAt" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "PartnerSync_pkey" PRIMARY KEY ("partner","personSubject")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "partner" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "personSubject" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "recipientUserId" TEXT NOT NULL,
    "personSubject" TEXT NOT NULL,
    "partner" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "webhookDeliveryId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Mandate_codeHash_key" ON "Mandate"("codeHash");

-- CreateIndex
CREATE INDEX "Mandate_mandatorId_idx" ON "Mandate"("mandatorId");

-- CreateIndex
CREATE INDEX "Mandate_aidantId_idx" ON "Mandate"("aidantId");

-- CreateIndex
CREATE INDEX "MandateAccessLog_mandatorId_at_idx" ON "MandateAccessLog"("mandatorId", "at");

-- CreateIndex
CREATE INDEX "PartnerRequest_personSubject_idx" ON "PartnerRequest"("personSubject");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerRequest_partner_externalId_key" ON "PartnerRequest"("partner", "externalId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_partner_receivedAt_idx" ON "WebhookDelivery"("partner", "receivedAt");

-- CreateIndex
CREATE INDEX "Notification_recipientUserId_readAt_idx" ON "Notification"("recipientUserId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_recipientUserId_webhookDeliveryId_key" ON "Notification"("recipientUserId", "webhookDeliveryId");

-- AddForeignKey
ALTER TABLE "Mandate" ADD CONSTRAINT "Mandate_mandatorId_fkey" FOREIGN KEY ("mandatorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandate" ADD CONSTRAINT "Mandate_aidantId_fkey" FOREIGN KEY ("aidantId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MandateAccessLog" ADD CONSTRAINT "MandateAccessLog_mandateId_fkey" FOREIGN KEY ("mandateId") REFERENCES "Mandate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_recipientUserId_fkey" FOREIGN KEY ("recipientUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
