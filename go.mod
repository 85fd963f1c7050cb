module github.com/pyfence/pyfence

go 1.26.8

require (
	github.com/cockroachdb/apd/v3 v3.2.3
	github.com/go-python/gpython v0.2.0
	github.com/spf13/pflag v1.1.0
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.44.0
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect
