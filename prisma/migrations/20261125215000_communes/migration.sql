-- CreateTable
CREATE TABLE "Commune" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "postalCodes" TEXT[],
    "departement" TEXT NOT NULL,
    "population" INTEGER NOT NULL DEFAULT 0,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Commune_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "Commune_searchName_idx" ON "Commune"("searchName");

-- CreateIndex
CREATE INDEX "Commune_postalCodes_idx" ON "Commune" USING GIN ("postalCodes");
