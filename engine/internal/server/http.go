package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// Timeouts bound every phase of a connection so slow or stuck clients
// cannot pin goroutines and file descriptors, and the phases of shutdown.
type Timeouts struct {
	ReadHeader time.Duration
	Read       time.Duration
	Write      time.Duration
	Idle       time.Duration
	// Drain is how long /readyz answers 503 after SIGTERM while everything
	// else is still served, so load balancers stop routing here before the
	// listener closes.
	Drain time.Duration
	// Shutdown is the grace period after the drain for requests in flight.
	Shutdown time.Duration
}

// DefaultDrain and DefaultShutdown add up to 20s, inside Kubernetes' default
// 30s terminationGracePeriodSeconds with room for the process to exit.
const (
	DefaultDrain    = 5 * time.Second
	DefaultShutdown = 15 * time.Second
)

// DefaultTimeouts derives connection timeouts from the execution timeout:
// the write timeout must outlast an execution, or a slow but legitimate
// policy would have its answer cut off.
func DefaultTimeouts(exec time.Duration) Timeouts {
	return Timeouts{
		ReadHeader: 5 * time.Second,
		Read:       15 * time.Second,
		Write:      exec + 5*time.Second,
		Idle:       60 * time.Second,
		Drain:      DefaultDrain,
		Shutdown:   DefaultShutdown,
	}
}

// DefaultMaxHeaderBytes bounds request headers (net/http's own default is 1 MiB).
const DefaultMaxHeaderBytes = 64 << 10

// NewHTTPServer wraps a handler in an http.Server with every timeout set and
// the server's own error log routed to slog.
func NewHTTPServer(h http.Handler, t Timeouts, log *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: t.ReadHeader,
		ReadTimeout:       t.Read,
		WriteTimeout:      t.Write,
		IdleTimeout:       t.Idle,
		MaxHeaderBytes:    DefaultMaxHeaderBytes,
		ConnContext:       ConnContext,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
}

// Serve runs srv on ln until ctx is done, then shuts down in two phases:
//
//  1. drain (t.Drain): /readyz answers 503, every other request is still
//     served, and answers carry "Connection: close" so keep-alive clients
//     reconnect through the load balancer, which by now routes elsewhere;
//  2. shutdown (t.Shutdown): the listener closes and requests in flight get
//     the grace period to finish.
//
// A signal during the drain does not shorten it; the orchestrator's kill
// after its own grace period is the hard stop.
func Serve(ctx context.Context, srv *http.Server, ln net.Listener, s *Server, t Timeouts, log *slog.Logger) error {
	errCh := make(chan error, 1)
	go func() { errCh <- srv.Serve(ln) }()

	select {
	case err := <-errCh:
		return fmt.Errorf("serving on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	s.SetReady(false)
	srv.SetKeepAlivesEnabled(false)
	if t.Drain > 0 {
		log.Info("draining: /readyz answers 503, requests are still served", "drain", t.Drain.String(), "grace", t.Shutdown.String())
		select {
		case <-time.After(t.Drain):
		case err := <-errCh:
			return fmt.Errorf("serving on %s: %w", ln.Addr(), err)
		}
	}
	log.Info("shutting down: listener closed, waiting for requests in flight", "grace", t.Shutdown.String())
	shutdownCtx, cancel := context.WithTimeout(context.Background(), t.Shutdown)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		_ = srv.Close()
		return fmt.Errorf("graceful shutdown: %w", err)
	}
	if err := <-errCh; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serving on %s: %w", ln.Addr(), err)
	}
	log.Info("stopped")
	return nil
}
