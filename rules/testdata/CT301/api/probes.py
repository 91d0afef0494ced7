# Health probes: the orchestrator calls them every few seconds, whoever
# uses the service. A client built at each probe costs one set-up per
# probe, not one per user's request. A name that only mentions health
# (a patient's health record) is no probe.
import boto3
from django.http import JsonResponse
from django.views import View
from fastapi import APIRouter

router = APIRouter()


class HealthCheckView(View):
    def get(self, request):
        boto3.client("s3").head_bucket(Bucket="assets")  # want-strict: CT301 (a probe's view)
        return JsonResponse({"ok": True})


class HealthRecordView(View):
    def get(self, request):
        boto3.client("s3").get_object(Bucket="records", Key=request.GET["id"])  # want: CT301 (a user's records)
        return JsonResponse({})


@router.get("/healthz")
def healthz():
    boto3.client("sqs").get_queue_url(QueueName="jobs")  # want-strict: CT301 (a probe's route)


@router.get("/ready")
def readiness_probe():
    return queue_depth()


def queue_depth():
    return boto3.client("sqs").get_queue_attributes(QueueUrl="jobs")  # want: CT301 (a user's route reaches it too)


@router.get("/jobs/depth")
def jobs_depth():
    return queue_depth()
