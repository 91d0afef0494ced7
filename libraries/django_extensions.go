package libraries

// DjangoExtensions is django-extensions: a Job class of an app's jobs
// package runs its execute() at each `runjobs` of its period (from cron),
// once per run, as a task does.
func DjangoExtensions() Library {
	var bases []string
	for _, c := range []string{"BaseJob", "MinutelyJob", "QuarterHourlyJob", "HourlyJob", "DailyJob", "WeeklyJob", "MonthlyJob", "YearlyJob"} {
		bases = append(bases, "django_extensions.management.jobs."+c)
	}
	return Library{
		Name:         "django_extensions",
		TaskKinds:    []string{"django-extensions-job"},
		EntryClasses: classesOf("django-extensions-job", false, []string{"execute"}, bases...),
	}
}
