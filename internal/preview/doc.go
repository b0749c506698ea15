// Package preview serves a site from memory while it is being edited, and makes the open
// pages follow every change: the engine of "briefs serve".
//
// A Server watches the site's sources with fsnotify, calls its Build func with the paths
// that changed, serves the resulting files from memory and tells every open page what to do
// over Server-Sent Events. The package does not know how a site is built: Build is a func
// field, so the pipeline stays in internal/build and tests pass a fake.
//
// # Watching
//
// Folders are watched recursively, including folders created later; a new folder is walked
// at once, so files written into it before its watch was added are not missed. A file
// target such as briefs.toml is watched through its parent folder, which survives editors'
// atomic saves (write a temporary file, rename it over the original). Editors' swap, backup
// and temporary files and hidden files are ignored (see content.IsScratch). The events of a
// burst are gathered until they have been quiet for Server.Debounce (10 ms), or for at most
// 250 ms while they keep coming; events that arrive during a rebuild are gathered for the
// next one. Removing or renaming a folder reports every file that was in it.
//
// # Serving
//
// Files are served from the last good build, never from disk, so the preview cannot serve a
// path outside the site and never touches the site's public/ folder. A folder's index.html
// answers for the folder; a folder named without its final slash is redirected to it; a
// missing page gets the site's 404.html with status 404. Responses carry a Content-Type by
// extension, an ETag (a hash of the bytes sent) and Cache-Control: no-cache, so conditional
// requests are answered with 304 and an edited file is never shown stale. Only GET and HEAD
// are allowed. On a loopback address only Host names of this machine are answered, which
// keeps other web sites out (DNS rebinding).
//
// # Reloading
//
// Every HTML response gets one script tag before </body>, added while serving and never
// written to a built site:
//
//	<script src="/_briefs/live.js" data-version="INSTANCE.N" defer></script>
//
// The version names the server run and the good build the page was served from. The script
// opens the event stream /_briefs/events?v=VERSION&page=PATH and the server answers, at
// once and after every build, with a JSON message: {"version", "action", "error",
// "warnings", "more"}. The action is
//
//   - "reload" when the file behind the page changed or was removed, or an image, font or
//     script changed. The script fetches the page again and swaps its head and body in
//     place, which takes a few milliseconds and keeps the scroll position and the window's
//     state; a page whose style sheets differ, or that has scripts of its own to run, is
//     reloaded instead, and its scroll position is restored after the reload;
//   - "css" when only style sheets changed: the page loads them again in place, without a
//     reload, and removes the old ones once the new ones are in;
//   - "" when nothing the page shows changed.
//
// A page that connects late (or reconnects) is told about the builds it missed, and a page
// left open across a restart of the server reloads. A failed build keeps the last good site
// in service and shows its error, which names the file and line, over every open page until
// the next good build. The warnings of the last good build show in a small badge.
package preview
