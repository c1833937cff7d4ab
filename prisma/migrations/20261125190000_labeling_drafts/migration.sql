-- AlterTable
ALTER TABLE "DatasetVersion" ADD COLUMN     "frozenAt" TIMESTAMP(3);

-- Every version before labeling drafts existed was immutable.
UPDATE "DatasetVersion" SET "frozenAt" = "createdAt";

-- CreateTable
CREATE TABLE "LabelChange" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "sampleId" TEXT NOT NULL,
    "datasetVersionId" TEXT NOT NULL,
    "oldLabel" "Emotion",
    "newLabel" "Emotion",
    "changedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "LabelChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LabelChange_sampleId_createdAt_idx" ON "LabelChange"("sampleId", "createdAt");

-- CreateIndex
CREATE INDEX "LabelChange_batchId_idx" ON "LabelChange"("batchId");

-- AddForeignKey
ALTER TABLE "LabelChange" ADD CONSTRAINT "LabelChange_sampleId_fkey" FOREIGN KEY ("sampleId") REFERENCES "Sample"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelChange" ADD CONSTRAINT "LabelChange_datasetVersionId_fkey" FOREIGN KEY ("datasetVersionId") REFERENCES "DatasetVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
