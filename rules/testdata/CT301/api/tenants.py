import boto3
import botocore.session
from botocore.tokens import TokenProviderChain
import httpx
import requests
from fastapi import FastAPI

app = FastAPI()
SETTINGS = object()


class StaticToken:
    def __init__(self, token):
        self.token = token


class VendorClient:
    # Built with the caller's token: one client per credential, by design;
    # shared, it would carry one tenant's token into another's calls.
    def __init__(self, token, base):
        session = requests.Session()  # want-strict: CT301 (carries the caller's token)
        session.headers.update({"Authorization": token})
        self.session = session
        self.base = base


class BasicClient:
    def __init__(self, user, password):
        s = requests.Session()  # want-strict: CT301 (carries the caller's password)
        s.auth = (user, password)
        self.s = s


class LocalizedClient:
    def __init__(self, lang):
        s = requests.Session()  # want: CT301 (a language header is no credential)
        s.headers["Accept-Language"] = lang
        s.headers.update({"X-Timeout": lang})
        self.s = s


class NotionClient:
    # Set up on self, the token given when the caller has one.
    def __init__(self, config):
        self.session = requests.Session()  # want-strict: CT301 (carries the caller's token)
        if config.token:
            self.session.headers.update({"Authorization": f"Bearer {config.token}"})


class KeyedClient:
    def __init__(self, key):
        self.s = httpx.Client(headers={"X-Api-Key": key, "Accept": "json"})  # want-strict: CT301


def bucket_for(key_id, secret):
    return boto3.client("s3", aws_access_key_id=key_id, aws_secret_access_key=secret)  # want-strict: CT301


def s3_for(key_id, secret):
    # Its only caller passes the settings: one client, rebuilt per upload.
    return boto3.client("s3", aws_access_key_id=key_id, aws_secret_access_key=secret)  # want: CT301


def bearer_session(token, region):
    # boto3 takes the caller's token through a botocore session it is
    # given: one session per credential, by design.
    core = botocore.session.Session()
    core.set_config_variable("region", region)
    core.register_component("token_provider", TokenProviderChain(providers=[StaticToken(token)]))
    return boto3.Session(botocore_session=core)  # want-strict: CT301 (carries the caller's token)


def regional_session(region):
    core = botocore.session.Session()
    core.set_config_variable("region", region)
    return boto3.Session(botocore_session=core)  # want: CT301 (a region is no credential)


def fetch_with(url, timeout):
    c = httpx.Client(timeout=timeout)  # want: CT301 (a timeout is no credential)
    return c.get(url)


@app.post("/import")
def import_from_vendor(token: str, user: str, password: str):
    VendorClient(token, "https://vendor").session.get("https://vendor/projects")
    BasicClient(user, password).s.get("https://vendor/me")
    LocalizedClient(user).s.get("https://vendor/me")
    KeyedClient(token).s.get("https://vendor/me")
    NotionClient(token).session.get("https://vendor/me")
    bucket_for(token, password).list_buckets()
    s3_for(SETTINGS.key_id, SETTINGS.secret).put_object(Bucket="b", Key=token)
    bearer_session(token, "eu").client("bedrock").list_models()
    regional_session(user).client("bedrock").list_models()
    return fetch_with("https://vendor", 3)
