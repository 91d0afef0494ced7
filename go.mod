module github.com/crosstalk-dev/crosstalk

go 1.26
