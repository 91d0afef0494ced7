module github.com/crosstalk-dev/crosstalk

go 1.26.0

require (
	github.com/pelletier/go-toml/v2 v2.4.3
	golang.org/x/text v0.43.0
)
