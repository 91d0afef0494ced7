# A session built for the one request sent on it at once is what
# requests.get does; one kept in a local for its requests is a pool of
# its own, and so is a client whose library has no such function.
import boto3
import requests
from fastapi import FastAPI

app = FastAPI()


def events(url):
    return requests.Session().get(url=url, timeout=5)  # want-strict: CT301


def events_kept(url):
    s = requests.Session()  # want: CT301
    s.get(url)
    return s.get(url + "/more")


def bucket_keys():
    return boto3.client("s3").list_objects(Bucket="b")  # want: CT301


@app.get("/events")
def all_events(url: str):
    bucket_keys()
    events_kept(url)
    return events(url)


def events_once(url):
    s = requests.Session()  # want-strict: CT301
    return s.get(url, timeout=5)


@app.get("/events-once")
def one_event(url: str):
    return events_once(url)
