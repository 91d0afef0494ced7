package libraries

// FlaskSock is Flask-Sock: a Sock object's routes run their handler for
// each WebSocket connection, on an app or a blueprint (`bp=`), for the
// connection's life.
func FlaskSock() Library {
	return Library{
		Name:            "flask_sock",
		EntryDecorators: methodsOf("flask_sock.Sock", "flask-websocket", false, "route"),
		ConnectionKinds: []string{"flask-websocket"},
	}
}
