from slack_bolt import App

app = App(token="xoxb-test")
