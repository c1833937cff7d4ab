-- CreateTable
CREATE TABLE "TrainingCheckpoint" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "epoch" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingCheckpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeatureCache" (
    "blobHash" TEXT NOT NULL,
    "preprocessingKey" TEXT NOT NULL,
    "encoding" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeatureCache_pkey" PRIMARY KEY ("blobHash","preprocessingKey")
);

-- CreateIndex
CREATE UNIQUE INDEX "TrainingCheckpoint_runId_epoch_key" ON "TrainingCheckpoint"("runId", "epoch");

-- AddForeignKey
ALTER TABLE "TrainingCheckpoint" ADD CONSTRAINT "TrainingCheckpoint_runId_fkey" FOREIGN KEY ("runId") REFERENCES "TrainingRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
