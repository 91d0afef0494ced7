# The LLM providers' SDK clients hold an HTTP connection pool each.
import anthropic
import openai
from fastapi import APIRouter
from mistralai import Mistral
from ollama import AsyncClient

router = APIRouter()
shared = openai.OpenAI()  # module level: built once


@router.post("/complete")
def complete(prompt: str):
    client = openai.OpenAI()  # want: CT301
    return client.chat.completions.create(messages=[prompt])


@router.post("/claude")
async def claude(prompt: str):
    client = anthropic.AsyncAnthropic()  # want: CT301
    return await client.messages.create(messages=[prompt])


@router.post("/mistral")
def mistral(prompt: str):
    return Mistral().chat.complete(messages=[prompt])  # want: CT301


@router.post("/local")
async def local(prompt: str):
    return await AsyncClient().chat(messages=[prompt])  # want: CT301


@router.post("/shared")
def use_shared(prompt: str):
    return shared.chat.completions.create(messages=[prompt])
