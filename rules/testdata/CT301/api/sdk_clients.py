# aioboto3's session and Google's Gen AI client, built at every call.
import aioboto3
import hishel
from fastapi import FastAPI
from google import genai

app = FastAPI()


async def upload(key, body):
    session = aioboto3.Session()  # want: CT301
    async with session.client("s3") as s3:
        await s3.put_object(Bucket="b", Key=key, Body=body)


def summarise(text):
    client = genai.Client(vertexai=True, location="europe-west2")  # want: CT301
    return client.models.generate_content(model="gemini", contents=text)


@app.post("/notes")
async def notes(key: str, body: str):
    await upload(key, body)
    return summarise(body)


async def cached_get(url):
    client = hishel.AsyncCacheClient()  # want: CT301
    return await client.get(url)


@app.get("/members")
async def members(url: str):
    return await cached_get(url)


# An object store, a search cluster, an identity server and a storage
# account, each reached through a client built per request; Azure's
# client built by its class method from a connection string.
from azure.storage.blob import BlobServiceClient
from keycloak import KeycloakOpenID
from minio import Minio
from opensearchpy import OpenSearch


def stored(name):
    client = Minio("minio:9000", access_key="a", secret_key="s")  # want: CT301
    return client.get_object("docs", name)


def search(q):
    es = OpenSearch(hosts=["search:9200"])  # want: CT301
    return es.search(index="docs", body=q)


def whoami(token):
    oidc = KeycloakOpenID(server_url="https://sso", realm_name="r", client_id="c")  # want: CT301
    return oidc.userinfo(token)


def blob(name):
    service = BlobServiceClient.from_connection_string("conn")  # want: CT301
    return service.get_blob_client("c", name).download_blob()


@app.get("/docs/{name}")
async def doc(name: str, q: str, token: str):
    return stored(name), search(q), whoami(token), blob(name)
