# Quart serves on one event loop: a client kept for the process is fine.
import httpx
from quart import Quart

app = Quart(__name__)
client = httpx.AsyncClient(base_url="https://rates.example")


@app.route("/rates")
async def rates():
    response = await client.get("/today")
    return response.json()
