// The module path sits under the engine's path on purpose: Go allows
// importing github.com/policy-engine-build/engine/internal/... only from
// import paths below github.com/policy-engine-build/engine, and this tool
// drives the real server package in-process. It is a separate module so the
// engine (which is copied into every generated workspace) carries none of it.
module github.com/policy-engine-build/engine/bench/engine-load

go 1.26.0

require (
	github.com/policy-engine-build/engine v0.0.0
	github.com/prometheus/client_model v0.6.3
	github.com/prometheus/common v0.73.1
)

require (
	github.com/munnerz/goautoneg v0.0.0-20191010083416-a7dc8b61c822 // indirect
	github.com/pandatix/go-abnf v0.5.3 // indirect
	google.golang.org/protobuf v1.36.12 // indirect
)

replace github.com/policy-engine-build/engine => ../../engine
