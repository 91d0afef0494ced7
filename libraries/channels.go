package libraries

// Channels is Django Channels: consumers handle each event of a
// connection.
func Channels() Library {
	return Library{
		Name: "channels",
		EntryClasses: classesOf("channels-consumer", false,
			[]string{"connect", "receive", "disconnect", "receive_json", "websocket_*", "http_request", "handle"},
			"channels.consumer.SyncConsumer", "channels.consumer.AsyncConsumer",
			"channels.generic.websocket.WebsocketConsumer", "channels.generic.websocket.AsyncWebsocketConsumer",
			"channels.generic.websocket.JsonWebsocketConsumer", "channels.generic.websocket.AsyncJsonWebsocketConsumer",
			"channels.generic.http.AsyncHttpConsumer"),
	}
}
