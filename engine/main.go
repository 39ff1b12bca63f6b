// Command policy-engine serves the Go policies linked into it over HTTP.
//
// The build pipeline generates imports.go next to this file: it imports each
// policy package and calls registerPolicy from init(). Without imports.go the
// engine builds and runs with zero policies.
//
// Build metadata is stamped at link time:
//
//	go build -ldflags "-X main.version=v1.2.3 -X main.commit=<git sha> -X main.date=<RFC 3339>" -o policy-engine .
//
// main.date may also be a Unix timestamp (SOURCE_DATE_EPOCH); it is printed as RFC 3339.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/policy-engine-build/engine/internal/buildinfo"
	"github.com/policy-engine-build/engine/internal/cli"
	"github.com/policy-engine-build/engine/internal/registry"
)

// Set with -ldflags -X; see the package comment.
var (
	version = "dev"
	commit  = "unknown"
	date    = ""
)

// Policy is the contract every registered policy satisfies (SPEC section 2).
// The generated imports.go asserts each policy against it at compile time.
type Policy interface {
	Name() string
	Execute(ctx context.Context, input any) (any, error)
	Validate() error
}

// policies is initialised before any init() runs, so generated init()s can
// register into it.
var policies = registry.New()

// registerPolicy is called from the generated init()s. source names the Go
// symbol, e.g. "example.com/policies/ratelimit.Limiter". Problems (nil,
// duplicate names, Validate errors) are reported when the engine starts.
func registerPolicy(source string, p Policy) {
	policies.Add(source, p)
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args[1:], cli.Env{
		Stdout:   os.Stdout,
		Stderr:   os.Stderr,
		Registry: policies,
		Build:    buildinfo.New(version, commit, date),
	})
	stop()
	os.Exit(code)
}
