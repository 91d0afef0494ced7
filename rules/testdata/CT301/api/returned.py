# A def that returns the client it builds: its callers own it.
import boto3
import httpx
from fastapi import FastAPI

app = FastAPI()


def pinned(url):
    return httpx.AsyncClient(base_url=url)  # want-strict: CT301 (every caller closes it with `async with`)


def s3():
    return boto3.client("s3")  # want: CT301 (its caller keeps it open, and builds one per request)


@app.get("/c")
def get_object(key: str):
    with open(key) as f:
        return s3().get_object(Key=f.read())


def mixed():
    return httpx.Client()  # want: CT301 (one caller does not close it)


@app.get("/d")
def managed():
    with mixed() as c:
        return c.get("/")


@app.get("/e")
def unmanaged():
    return mixed().get("/")


def authorized(token):
    return httpx.Client(headers={"X-App": "crosstalk"})  # want-strict: CT301 (its caller closes it in a finally)


@app.get("/f")
def artifact(token: str):
    client = authorized(token)
    try:
        return client.get("/artifact").json()
    finally:
        client.close()


@app.get("/g")
def fetch_closed(url: str):
    client = httpx.Client()  # want-strict: CT301 (closed in a finally)
    try:
        return client.get(url).text
    finally:
        client.close()


@app.get("/h")
def fetch_not_closed(url: str):
    client = httpx.Client()  # want: CT301 (the finally closes something else)
    other = open(url)
    try:
        client.head(url)
        return client.get(url).text
    finally:
        other.close()


@app.get("/secret")
def secret(name: str):
    from azure.identity import DefaultAzureCredential
    from azure.keyvault.secrets import SecretClient

    credential = DefaultAzureCredential()  # want: CT301
    client = SecretClient(vault_url="https://v", credential=credential)  # want: CT301
    return client.get_secret(name).value


@app.get("/token")
async def token(scope: str):
    from azure.identity.aio import ClientSecretCredential

    # Holds an aiohttp session of its own, never closed here.
    credential = ClientSecretCredential(TENANT, CLIENT, SECRET)  # want: CT301
    return await credential.get_token(scope)


TENANT, CLIENT, SECRET = "t", "c", "s"


@app.get("/findings")
def findings(bucket: str):
    from google.cloud import storage

    # A new client, its channel and its token, at every request.
    client = storage.Client()  # want: CT301
    return list(client.bucket(bucket).list_blobs())


def tenant_bucket(creds, name):
    from google.cloud import storage

    return storage.Client(credentials=creds).bucket(name)  # want-strict: CT301 (the caller's credentials)


@app.get("/tenant")
def tenant(name: str, token: str):
    return tenant_bucket(token, name)


@app.get("/speak")
def speak(text: str):
    from azure.ai.translation.text import TextTranslationClient
    from google.cloud import texttospeech

    # Every client of the two clouds' SDKs holds a session or a channel.
    translator = TextTranslationClient(credential=None)  # want: CT301
    voice = texttospeech.TextToSpeechClient()  # want: CT301
    return voice.synthesize_speech(input=translator.translate(body=[text]))


@app.get("/blob")
def blob(name: str):
    from google.cloud.storage import Blob

    return Blob(name, bucket=None)  # not a client


def search_client():
    return httpx.Client(base_url="https://search")  # want-strict: CT301 (every request's caller closes it; only start-up keeps one open)


def wait_for_search():
    # Start-up: its one client is built once per process.
    return search_client().get("/health").status_code


@app.get("/search")
def search(q: str):
    with search_client() as c:
        return c.get("/", params={"q": q})


@app.on_event("startup")
def startup():
    wait_for_search()
