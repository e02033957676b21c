-- CreateTable
CREATE TABLE "Structure" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "finessEt" TEXT,
    "finessEj" TEXT,
    "siret" TEXT,
    "categorieEtablissement" TEXT,
    "habilitationAideSociale" BOOLEAN,
    "prixHebergementPermanent" DOUBLE PRECISION,
    "prixHebergementTemporaire" DOUBLE PRECISION,
    "tarifGir12" DOUBLE PRECISION,
    "tarifGir34" DOUBLE PRECISION,
    "tarifGir56" DOUBLE PRECISION,
    "prixAccueilDeJour" DOUBLE PRECISION,
    "forfaitMensuel" DOUBLE PRECISION,
    "fieldsSource" TEXT NOT NULL,
    "locationId" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Structure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StructureProvenance" (
    "sourceKey" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "structureId" TEXT NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL,
    "sourceUpdatedAt" TIMESTAMP(3),

    CONSTRAINT "StructureProvenance_pkey" PRIMARY KEY ("sourceKey")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" TEXT NOT NULL,
    "addressLine" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "communeCode" TEXT,
    "departement" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceLocalId" TEXT NOT NULL,
    "structureSourceKey" TEXT NOT NULL,
    "structureId" TEXT NOT NULL,
    "locationId" TEXT,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "typeOffre" TEXT,
    "typeSlug" TEXT NOT NULL,
    "groupSlug" TEXT NOT NULL,
    "categorieEtablissement" TEXT,
    "publics" TEXT[],
    "publicSlugs" TEXT[],
    "modesPriseEnCharge" TEXT[],
    "temporalites" TEXT[],
    "capacity" INTEGER,
    "ageMin" INTEGER,
    "ageMax" INTEGER,
    "prixHebergementPermanent" DOUBLE PRECISION,
    "prixHebergementTemporaire" DOUBLE PRECISION,
    "tarifGir12" DOUBLE PRECISION,
    "tarifGir34" DOUBLE PRECISION,
    "tarifGir56" DOUBLE PRECISION,
    "prixMensuel" DOUBLE PRECISION,
    "habilitationAideSociale" BOOLEAN,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "openingHours" JSONB,
    "openingHoursNote" TEXT,
    "accessibility" TEXT,
    "regulated" BOOLEAN NOT NULL,
    "listed" BOOLEAN NOT NULL DEFAULT true,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "communeCode" TEXT,
    "departement" TEXT,
    "fetchedAt" TIMESTAMP(3) NOT NULL,
    "sourceUpdatedAt" TIMESTAMP(3),
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EhpadPrice" (
    "finessEt" TEXT NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "raisonSociale" TEXT,
    "prixHebergementPermanent" DOUBLE PRECISION,
    "prixHebergementTemporaire" DOUBLE PRECISION,
    "tarifGir12" DOUBLE PRECISION,
    "tarifGir34" DOUBLE PRECISION,
    "tarifGir56" DOUBLE PRECISION,
    "fetchedAt" TIMESTAMP(3) NOT NULL,
    "sourceUpdatedAt" TIMESTAMP(3),
    "contentHash" TEXT NOT NULL,

    CONSTRAINT "EhpadPrice_pkey" PRIMARY KEY ("finessEt")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "since" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "readCount" INTEGER NOT NULL DEFAULT 0,
    "createdCount" INTEGER NOT NULL DEFAULT 0,
    "updatedCount" INTEGER NOT NULL DEFAULT 0,
    "unchangedCount" INTEGER NOT NULL DEFAULT 0,
    "removedCount" INTEGER NOT NULL DEFAULT 0,
    "rejectedCount" INTEGER NOT NULL DEFAULT 0,
    "skippedCount" INTEGER NOT NULL DEFAULT 0,
    "rejections" JSONB,
    "error" TEXT,
    "highWaterMark" TIMESTAMP(3),

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Structure_finessEt_key" ON "Structure"("finessEt");

-- CreateIndex
CREATE INDEX "Structure_siret_idx" ON "Structure"("siret");

-- CreateIndex
CREATE INDEX "Structure_normalizedName_idx" ON "Structure"("normalizedName");

-- CreateIndex
CREATE INDEX "Structure_locationId_idx" ON "Structure"("locationId");

-- CreateIndex
CREATE INDEX "StructureProvenance_structureId_idx" ON "StructureProvenance"("structureId");

-- CreateIndex
CREATE INDEX "StructureProvenance_source_idx" ON "StructureProvenance"("source");

-- CreateIndex
CREATE INDEX "Offer_latitude_longitude_idx" ON "Offer"("latitude", "longitude");

-- CreateIndex
CREATE INDEX "Offer_longitude_idx" ON "Offer"("longitude");

-- CreateIndex
CREATE INDEX "Offer_groupSlug_typeSlug_idx" ON "Offer"("groupSlug", "typeSlug");

-- CreateIndex
CREATE INDEX "Offer_publicSlugs_idx" ON "Offer" USING GIN ("publicSlugs");

-- CreateIndex
CREATE INDEX "Offer_prixMensuel_idx" ON "Offer"("prixMensuel");

-- CreateIndex
CREATE INDEX "Offer_departement_idx" ON "Offer"("departement");

-- CreateIndex
CREATE INDEX "Offer_structureId_idx" ON "Offer"("structureId");

-- CreateIndex
CREATE INDEX "Offer_source_structureSourceKey_idx" ON "Offer"("source", "structureSourceKey");

-- CreateIndex
CREATE INDEX "Offer_locationId_idx" ON "Offer"("locationId");

-- CreateIndex
CREATE UNIQUE INDEX "EhpadPrice_sourceKey_key" ON "EhpadPrice"("sourceKey");

-- CreateIndex
CREATE INDEX "ImportRun_source_startedAt_idx" ON "ImportRun"("source", "startedAt");

-- AddForeignKey
ALTER TABLE "Structure" ADD CONSTRAINT "Structure_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StructureProvenance" ADD CONSTRAINT "StructureProvenance_structureId_fkey" FOREIGN KEY ("structureId") REFERENCES "Structure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_structureId_fkey" FOREIGN KEY ("structureId") REFERENCES "Structure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

