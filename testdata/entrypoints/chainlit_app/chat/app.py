import chainlit as cl


@cl.on_chat_start
async def start():  # entry: chainlit-handler
    cl.user_session.set("history", [])


@cl.on_message
async def main(message: cl.Message):  # entry: chainlit-handler
    # Named main, but the decorator runs it for every message.
    await cl.Message(content=answer(message.content)).send()


@cl.action_callback("retry")
async def on_retry(action):  # entry: chainlit-handler
    return None


def answer(text):
    return text.upper()
