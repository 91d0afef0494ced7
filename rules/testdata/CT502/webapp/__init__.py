# Flask is a WSGI app: it runs an async view in an event loop asgiref
# starts for the request and closes after it.
import httpx
from flask import Flask

app = Flask(__name__)
client = httpx.AsyncClient(base_url="https://rates.example")


@app.route("/rates")
async def rates():
    response = await client.get("/today")  # want: CT502
    return response.json()
