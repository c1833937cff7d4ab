-- AlterTable
ALTER TABLE "TrainingRun" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "cancelRequestedAt" TIMESTAMP(3),
ADD COLUMN     "requiresGpu" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN     "testPredictions" JSONB;

-- CreateTable
CREATE TABLE "ModelAliasHistory" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "modality" "Modality" NOT NULL,
    "modelVersionId" TEXT NOT NULL,
    "assignedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelAliasHistory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ModelAliasHistory_name_modality_createdAt_idx" ON "ModelAliasHistory"("name", "modality", "createdAt");

-- AddForeignKey
ALTER TABLE "ModelAliasHistory" ADD CONSTRAINT "ModelAliasHistory_modelVersionId_fkey" FOREIGN KEY ("modelVersionId") REFERENCES "ModelVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
