package libraries

// CeleryOnce is celery-once: a task built on QueueOnce takes a Redis lock
// keyed by its name and arguments (or the ones `once={"keys": ...}`
// names) before it is queued, and holds it until the run ends: a second
// run with the same arguments is refused while the first holds it, in
// any process.
func CeleryOnce() Library {
	return Library{Name: "celery_once", ExclusiveTaskBases: []string{"celery_once.QueueOnce", "celery_once.tasks.QueueOnce"}}
}
