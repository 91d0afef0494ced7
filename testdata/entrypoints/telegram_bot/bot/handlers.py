from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters


class Bot:
    def __init__(self, token):
        self.app = Application.builder().token(token).build()
        self.app.add_handler(CommandHandler("status", self._status))
        self.app.add_handler(CallbackQueryHandler(self._button))

    async def _status(self, update, context):  # shared: telegram-handler
        await update.message.reply_text("ok")

    async def _button(self, update, context):  # shared: telegram-handler
        return None

    def _format(self, text):
        return text


async def echo(update, context):  # entry: telegram-handler
    await update.message.reply_text(update.message.text)


def main():  # startup: main
    app = Application.builder().token("t").build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.run_polling()
