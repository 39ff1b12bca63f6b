// The module path sits under the engine's path on purpose: Go allows
// importing github.com/policy-engine-build/engine/internal/... only from
// import paths below github.com/policy-engine-build/engine, and this tool
// drives the real server package in-process. It is a separate module so the
// engine (which is copied into every generated workspace) carries none of it.
module github.com/policy-engine-build/engine/bench/engine-load

go 1.22

require github.com/policy-engine-build/engine v0.0.0

replace github.com/policy-engine-build/engine => ../../engine
