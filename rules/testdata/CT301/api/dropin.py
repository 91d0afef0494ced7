# An observability library's drop-in for the OpenAI SDK: the same
# module, traced. A client built per call through it is the SDK's.
from fastapi import APIRouter
from langfuse.openai import AsyncOpenAI, openai

router = APIRouter()


@router.post("/summarise")
def summarise(text: str):
    client = openai.Client(max_retries=4)  # want: CT301
    return client.chat.completions.create(model="m", messages=[{"role": "user", "content": text}])


@router.post("/classify")
async def classify(text: str):
    client = AsyncOpenAI()  # want: CT301
    return await client.chat.completions.create(model="m", messages=[{"role": "user", "content": text}])
