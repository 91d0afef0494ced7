import contextlib
import json

import boto3
import botocore.session
from botocore.tokens import TokenProviderChain
import httpx
import openai
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


def source_bucket(key_id, secret, endpoint):
    # The keys of the user's own source, handed through a dict of the
    # client's arguments.
    client_kwargs = {"aws_access_key_id": key_id, "aws_secret_access_key": secret}
    if endpoint:
        client_kwargs["endpoint_url"] = endpoint
    return boto3.client("s3", **client_kwargs)  # want-strict: CT301 (carries the caller's keys)


def regional_bucket(region):
    client_kwargs = {"region_name": region}
    return boto3.client("s3", **client_kwargs)  # want: CT301 (a region is no credential)


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


def provider_client(record, decrypt):
    # The key comes from the record the caller passes, through a parse
    # of it: one client per provider's credential.
    config = json.loads(decrypt(record.config))
    auth = config["auth"]
    return openai.AsyncOpenAI(api_key=auth.api_key)  # want-strict: CT301 (carries the record's key)


def builtin_client(credentials, model):
    api_key = resolve_key(credentials)
    if not api_key:
        # May leave the caller's key: both reach the closure.
        api_key = "placeholder"

    def create():
        return openai.AsyncOpenAI(api_key=api_key)  # want-strict: CT301 (captures the caller's key)

    return create


def settings_client(model):
    api_key = SETTINGS.key

    def create():
        return openai.AsyncOpenAI(api_key=api_key)  # want: CT301 (the one key of the settings)

    return create


def azure_client(secret, use_default):
    # The second binding of the local reads no parameter: its client
    # is one for every caller.
    if not use_default:
        provider = resolve_key(secret)
        return openai.AsyncOpenAI(api_key=provider)  # want-strict: CT301 (carries the caller's secret)
    provider = resolve_key(DefaultCredential())
    return openai.AsyncOpenAI(api_key=provider)  # want: CT301 (a default credential, the same for all)


class DefaultCredential:
    pass


def resolve_key(credentials):
    return credentials


async def stream_with(url):
    async with contextlib.AsyncExitStack() as stack:
        c = await stack.enter_async_context(httpx.AsyncClient())  # want-strict: CT301 (the stack closes it)
        return await c.get(url)


def fetch_with(url, timeout):
    c = httpx.Client(timeout=timeout)  # want: CT301 (a timeout is no credential)
    c.head(url)
    return c.get(url)


@app.post("/import")
def import_from_vendor(token: str, user: str, password: str):
    VendorClient(token, "https://vendor").session.get("https://vendor/projects")
    BasicClient(user, password).s.get("https://vendor/me")
    LocalizedClient(user).s.get("https://vendor/me")
    KeyedClient(token).s.get("https://vendor/me")
    NotionClient(token).session.get("https://vendor/me")
    bucket_for(token, password).list_buckets()
    source_bucket(token, password, user).list_buckets()
    regional_bucket(user).list_buckets()
    s3_for(SETTINGS.key_id, SETTINGS.secret).put_object(Bucket="b", Key=token)
    bearer_session(token, "eu").client("bedrock").list_models()
    provider_client(token, json.loads).models.list()
    builtin_client(token, "gpt")().models.list()
    settings_client("gpt")().models.list()
    azure_client(token, bool(user)).models.list()
    stream_with(user)
    regional_session(user).client("bedrock").list_models()
    return fetch_with("https://vendor", 3)


class BundleClient:
    # The headers are a local dict; the caller's token goes in when given.
    def __init__(self, *, access_token=None):
        self.session = requests.Session()  # want-strict: CT301 (carries the caller's token)
        headers = {"Accept": "application/json"}
        if access_token is not None:
            headers["Authorization"] = access_token
        self.session.headers.update(headers)


class TracedClient:
    def __init__(self, trace):
        self.session = requests.Session()  # want: CT301 (a trace header is no credential)
        headers = {"Accept": "application/json"}
        headers["X-Trace"] = trace
        self.session.headers.update(headers)


@app.post("/bundle")
def bundle(token: str):
    BundleClient(access_token=token).session.get("https://vendor/bundles")
    return TracedClient(token).session.get("https://vendor/trace")


def msal_app(cache=None):
    # Microsoft's web sample: an app over the signed-in user's token
    # cache, built for each step of the sign-in: one per user, by design.
    import msal

    return msal.ConfidentialClientApplication("id", client_credential="secret", token_cache=cache)  # want-strict: CT301


def msal_app_shared_cache():
    import msal

    return msal.ConfidentialClientApplication("id", client_credential="secret", token_cache=CACHE)  # want: CT301


CACHE = None


@app.get("/sso")
def sso(request):
    msal_app(request.session.get("cache")).acquire_token_by_auth_code_flow({}, {})
    return msal_app_shared_cache().get_accounts()
