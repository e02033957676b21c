// Entry of lib/jobs for the rest of the portal (README.md).
export { defineJob, jobWorker, type JobContext, type JobDefinition, type JobHandler, type JobOptions, type JobRef, type JobWorker } from "./definition";
export { openJobQueue, JOB_SCHEMA, type EnqueueOptions, type JobQueue, type JobQueueOptions, type JobSnapshot, type JobState } from "./queue";
export { cancelJobs, enqueueJob, getJobQueue, setPortalJobQueue, startJobWorkers, stopJobWorkers, type Schedule } from "./portal-queue";
