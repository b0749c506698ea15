package preview

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"syscall"
	"time"
)

// DefaultAddr is the address a Server listens on when Addr is empty: the loopback interface
// only, so the preview is not visible on the network.
const DefaultAddr = "127.0.0.1:1313"

// A Site is one build of the site, as Build returns it to the Server.
type Site struct {
	// Files is the whole site keyed by slash path ("index.html", "briefs/x/index.html",
	// "style.css"). The Server serves it as is and never modifies it, so Build must return a
	// new map each time rather than change one it returned before.
	Files map[string][]byte
	// Changed lists the files that are new or differ from the previous good build, and Removed
	// those that are gone. A nil Changed means unknown: the Server then compares Files with
	// the previous build itself. On the first build every file counts as new.
	Changed, Removed []string
	// Warnings are problems that did not stop the build, each naming its file and line
	// ("content/x.md:3: no date found"). Open pages show them in a badge.
	Warnings []string
}

// A Server serves a site from memory while watching its sources: on every change it calls
// Build and tells the open pages, over Server-Sent Events, to reload, to swap their style
// sheets, or to show the build error. The zero value is not usable: Build is required.
type Server struct {
	// Addr is the TCP address to listen on when Listener is nil; "" means DefaultAddr.
	Addr string
	// Listener, if set, is used instead of listening on Addr (see Listen).
	Listener net.Listener
	// Root is the site's root folder; changed paths are reported to Build relative to it.
	Root string
	// Watch lists the folders (watched recursively, including folders created later) and
	// files to watch, as absolute paths. They need not exist yet.
	Watch []string
	// Build builds the site. changed lists the site-relative slash paths that changed since
	// the previous call ("content/2025/x.md"); nil means unknown (the first build, or after
	// the watcher lost events). An error keeps the last good site in service and is shown
	// over every open page until the next good build; it should start with "file:line: ".
	// Build is called from one goroutine at a time.
	Build func(ctx context.Context, changed []string) (Site, error)
	// Debounce is how long the file events of one save must be quiet before a rebuild; zero
	// means 10 ms. Events arriving during a rebuild are gathered for the next one.
	Debounce time.Duration
	// Logf, if set, receives problems of the watcher, such as a folder it cannot watch.
	Logf func(format string, args ...any)
}

// Listen listens on addr ("" means DefaultAddr). A port in use gives an error saying so.
func Listen(addr string) (net.Listener, error) {
	if addr == "" {
		addr = DefaultAddr
	}
	ln, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("listen on %s: the port is already in use (another briefs serve?); choose another with --addr", addr)
	}
	return ln, err
}

// URL returns the http URL of the site served on ln, ending in a slash. A listener on every
// interface (":1313") is given as localhost.
func URL(ln net.Listener) string {
	host, port, err := net.SplitHostPort(ln.Addr().String())
	if err != nil {
		return "http://" + ln.Addr().String() + "/"
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

// Run builds the site, serves it and rebuilds it on every change until ctx is done. It starts
// watching before the first build, so no edit is missed, and serves a "building" page until
// the first build is done. Run owns every goroutine it starts: when ctx is done it closes the
// open event streams, shuts the HTTP server down and returns nil. It returns an error if it
// cannot listen or watch.
func (s *Server) Run(ctx context.Context) error {
	if s.Build == nil {
		return errors.New("preview: Server.Build is nil")
	}
	ln := s.Listener
	if ln == nil {
		var err error
		if ln, err = Listen(s.Addr); err != nil {
			return err
		}
	}
	w, err := newWatcher(s.Root, s.Watch, s.Logf)
	if err != nil {
		ln.Close()
		return fmt.Errorf("watch %s: %w", s.Root, hint(err))
	}
	defer w.close()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	st := newState(time.Now())
	hs := &http.Server{
		Handler:           &handler{st: st, local: isLoopback(ln.Addr())},
		BaseContext:       func(net.Listener) context.Context { return ctx }, // ends the event streams
		ReadHeaderTimeout: 10 * time.Second,
	}
	quiet := s.Debounce
	if quiet <= 0 {
		quiet = 10 * time.Millisecond
	}
	batches := make(chan batch)
	var serveErr error
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := hs.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			serveErr = err
			cancel()
		}
	})
	wg.Go(func() { w.run(ctx, batches, quiet) })
	wg.Go(func() { s.rebuild(ctx, st, batches) })

	<-ctx.Done()
	shut, stop := context.WithTimeout(context.Background(), 2*time.Second)
	err = hs.Shutdown(shut)
	stop()
	if err != nil {
		hs.Close()
	}
	wg.Wait()
	return serveErr
}

// rebuild runs Build once, then once per batch of changes, and publishes each result.
func (s *Server) rebuild(ctx context.Context, st *state, batches <-chan batch) {
	site, err := s.Build(ctx, nil)
	for {
		if ctx.Err() != nil {
			return
		}
		st.publish(site, err)
		select {
		case b := <-batches:
			site, err = s.Build(ctx, b.list())
		case <-ctx.Done():
			return
		}
	}
}

// isLoopback reports whether addr is on the loopback interface.
func isLoopback(addr net.Addr) bool {
	a, ok := addr.(*net.TCPAddr)
	return ok && a.IP.IsLoopback()
}
