-- CreateTable
CREATE TABLE "DataDisclosure" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "actorUserId" TEXT,
    "recipient" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "reference" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataDisclosure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DataDisclosure_userId_at_idx" ON "DataDisclosure"("userId", "at");

-- CreateIndex
CREATE INDEX "DataDisclosure_actorUserId_idx" ON "DataDisclosure"("actorUserId");

-- AddForeignKey
ALTER TABLE "DataDisclosure" ADD CONSTRAINT "DataDisclosure_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataDisclosure" ADD CONSTRAINT "DataDisclosure_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
