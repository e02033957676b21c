-- CreateTable
CREATE TABLE "MesPairing" (
    "userId" TEXT NOT NULL,
    "personSubject" TEXT NOT NULL,
    "accessTokenEnc" TEXT,
    "refreshTokenEnc" TEXT,
    "accessExpiresAt" TIMESTAMP(3),
    "flows" TEXT[],
    "connectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "endedBy" TEXT,

    CONSTRAINT "MesPairing_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "MesAuthorization" (
    "state" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "codeVerifier" TEXT NOT NULL,
    "flows" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MesAuthorization_pkey" PRIMARY KEY ("state")
);

-- CreateTable
CREATE TABLE "MesItem" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "flow" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "partner" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "fhirStatus" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "state" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "mesId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MesItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MesAuthorization_userId_idx" ON "MesAuthorization"("userId");

-- CreateIndex
CREATE INDEX "MesItem_state_nextAttemptAt_idx" ON "MesItem"("state", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "MesItem_userId_identifier_key" ON "MesItem"("userId", "identifier");
