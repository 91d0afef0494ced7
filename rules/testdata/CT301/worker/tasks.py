# A task's runs: one client per run is small next to the task's own work,
# unless a request reaches the code too, or a loop builds one per item.
import boto3
import redis
import requests
from celery import Task, shared_task
from celery.signals import task_prerun
from elasticsearch import Elasticsearch
from elasticsearch_dsl import Document
from flask import Flask

app = Flask(__name__)


@shared_task
def cleanup():
    r = redis.Redis()  # want-strict: CT301 (one client per run of the task)
    r.delete("k")


def s3_client():
    return boto3.client("s3")  # want-strict: CT301 (only the task's runs reach it)


@shared_task
def upload(key):
    s3_client().put_object(Key=key)


@shared_task
def upload_each(keys):
    for key in keys:
        boto3.client("s3").put_object(Key=key)  # want: CT301 (one per item)


def metrics_client():
    return boto3.client("cloudwatch")  # want: CT301 (the task's loop calls it: one per account)


@shared_task
def audit(accounts):
    for account in accounts:
        metrics_client().put_metric_data(Namespace=account)


@shared_task
def per_region(regions):
    clients = [boto3.client("s3", region_name=r) for r in regions]  # want: CT301 (one per region)
    return clients


def bucket():
    return boto3.resource("s3").Bucket("b")  # want: CT301 (a request reaches it too)


@shared_task
def clear_bucket():
    bucket().objects.delete()


def cached_object(key):
    return bucket().Object(key)


@app.route("/download")
def download():
    return cached_object("k").key


@app.route("/export")
def export():
    export_query.delay("q")
    return "queued"


@shared_task
def export_query(q):
    redis.Redis().set("q", q)  # want-strict: CT301 (the request queues the task: it runs in a worker)


class IndexedMixin:
    def update(self):
        # The library's Document calls update too (on model saves): the
        # tree does not see all its callers.
        self.using = Elasticsearch()  # want: CT301


class PageDocument(IndexedMixin, Document):
    pass


@shared_task
def index_pages():
    PageDocument().update()


def api_session(token):
    session = requests.Session()  # want-strict: CT301 (one per build, with the build's token)
    session.headers["Authorization"] = token
    return session


class Notifier:
    def send(self, text):
        return api_session(text)


class BuildTask(Task):
    def before_start(self, task_id, args, kwargs):
        self.api = api_session(kwargs["token"])

    def on_success(self, retval, task_id, args, kwargs):
        Notifier().send("built")


@task_prerun.connect
def count_run(**kwargs):
    redis.Redis().incr("runs")  # want-strict: CT301 (once before each task's run)


def raw_connection(shared_pools):
    # The client's own pool is replaced at once by one of the process's:
    # no connection of its own.
    client = redis.Redis(host="cache")
    client.connection_pool = shared_pools.get("cache")
    return client


def fresh_connection():
    client = redis.Redis(host="cache")  # want: CT301
    client.connection_pool = redis.ConnectionPool(host="cache")  # want: CT301
    return client


@app.route("/raw")
def raw():
    raw_connection({}).get("k")
    return fresh_connection().get("k")
