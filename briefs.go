// Package briefs holds the default theme; the tool itself lives in cmd/ and internal/.
//
// Theme is the repository's own top-level templates/ and static/ folders, compiled into the
// binary so that briefs builds a site that has no templates of its own. A site's templates/
// and static/ override the theme file by file.
package briefs

import "embed"

// Version is the briefs release. It is printed by "briefs version" and is part of every cache key.
const Version = "0.1.0"

// Theme is the default theme: templates/ and static/ at the root of the embedded file system.
//
//go:embed all:templates all:static
var Theme embed.FS
