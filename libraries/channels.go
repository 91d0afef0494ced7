package libraries

// Channels is Django Channels: consumers handle each event of a
// connection.
func Channels() Library {
	var first []Method
	for _, c := range []string{"channels.generic.websocket.WebsocketConsumer", "channels.generic.websocket.AsyncWebsocketConsumer",
		"channels.generic.websocket.JsonWebsocketConsumer", "channels.generic.websocket.AsyncJsonWebsocketConsumer"} {
		// A consumer is built for each connection, and connect runs first.
		first = append(first, Method{c, "connect"}, Method{c, "websocket_connect"})
	}
	return Library{
		Name:         "channels",
		Initialisers: first,
		EntryClasses: classesOf("channels-consumer", false,
			[]string{"connect", "receive", "disconnect", "receive_json", "websocket_*", "http_request", "handle"},
			"channels.consumer.SyncConsumer", "channels.consumer.AsyncConsumer",
			"channels.generic.websocket.WebsocketConsumer", "channels.generic.websocket.AsyncWebsocketConsumer",
			"channels.generic.websocket.JsonWebsocketConsumer", "channels.generic.websocket.AsyncJsonWebsocketConsumer",
			"channels.generic.http.AsyncHttpConsumer"),
	}
}
