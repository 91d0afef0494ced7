package libraries

import "slices"

// AzureFunctions is Azure Functions' Python programming model (v2): a
// FunctionApp, and a Blueprint an app takes in, register by decorator the
// functions the host calls per HTTP request (route) or per event (a timer,
// a queue or Service Bus message, a blob, an Event Hub or Event Grid
// event, a Cosmos DB change), each run in a worker process that keeps its
// module state from one call to the next.
func AzureFunctions() Library {
	apps := []string{"azure.functions.FunctionApp", "azure.functions.decorators.function_app.FunctionApp"}
	blueprints := []string{"azure.functions.Blueprint", "azure.functions.decorators.function_app.Blueprint"}
	l := Library{Name: "azure_functions", TaskKinds: []string{"azure-function-event"}}
	events := []string{"timer_trigger", "schedule", "queue_trigger", "service_bus_queue_trigger",
		"service_bus_topic_trigger", "blob_trigger", "event_hub_message_trigger", "event_grid_trigger",
		"cosmos_db_trigger"}
	for _, fn := range slices.Concat(apps, blueprints) {
		l.EntryDecorators = slices.Concat(l.EntryDecorators,
			methodsOf(fn, "azure-function-route", false, "route"),
			methodsOf(fn, "azure-function-event", false, events...))
	}
	for _, fn := range apps {
		l.Mounts = append(l.Mounts, Mount{Func: fn, Method: "register_functions", Arg: 0, Keyword: "function_container", Class: blueprints[0]})
	}
	return l
}
