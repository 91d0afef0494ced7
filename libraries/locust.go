package libraries

// Locust is the load-testing tool: its users and task sets simulate
// clients of the service, in a process of the tool's.
func Locust() Library {
	return Library{Name: "locust", TestBases: []string{
		"locust.User", "locust.HttpUser", "locust.TaskSet", "locust.SequentialTaskSet",
		"locust.FastHttpUser", "locust.user.users.User", "locust.user.users.HttpUser",
		"locust.user.task.TaskSet", "locust.user.sequential_taskset.SequentialTaskSet",
		"locust.contrib.fasthttp.FastHttpUser",
	}}
}
