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
