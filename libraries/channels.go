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
		// Its public methods all: besides connect, receive, ..., a
		// message sent to a group it joined ({"type": "chat.message"})
		// runs the method its type names (chat_message), as the
		// consumer's dispatch finds it by name.
		EntryClasses: classesOf("channels-consumer", false,
			[]string{"*"},
			"channels.consumer.SyncConsumer", "channels.consumer.AsyncConsumer",
			"channels.generic.websocket.WebsocketConsumer", "channels.generic.websocket.AsyncWebsocketConsumer",
			"channels.generic.websocket.JsonWebsocketConsumer", "channels.generic.websocket.AsyncJsonWebsocketConsumer",
			"channels.generic.http.AsyncHttpConsumer"),
	}
}
