from errbot import BotPlugin, arg_botcmd, botcmd, webhook


class Deploys(BotPlugin):
    def activate(self):
        super().activate()

    @botcmd
    def deploy(self, msg, args):  # entry: errbot-command
        self.last = args
        return "deploying"

    @arg_botcmd("service", type=str)
    def rollback(self, msg, service=None):  # entry: errbot-command
        return service

    @webhook("/github")
    def github(self, payload):  # entry: errbot-command
        return payload

    def callback_message(self, msg):  # entry: errbot-command
        return msg
