from fastapi import FastAPI

from api.returned import pinned

app = FastAPI()


@app.post("/hook")
async def hook(url: str):
    async with pinned(url) as c:
        return await c.post("/")


@app.post("/hooks")
async def hooks(urls: list[str]):
    for url in urls:
        async with pinned(url) as c, open(url) as f:
            await c.post("/", content=f.read())
