package libraries

// GeoIP2 is MaxMind's client: a database Reader maps and indexes the
// database file when it is opened, meant to be done once per process.
func GeoIP2() Library {
	return Library{
		Name:            "geoip2",
		ClientFactories: []string{"geoip2.database.Reader"},
		ClientCosts:     []ClientCost{{Cost: "opens and maps the database file again"}},
	}
}
