package build

import "golang.org/x/sys/unix"

// exchange swaps the folders at a and b in one atomic step (renameat2 RENAME_EXCHANGE), so a
// web server reading b never sees it missing or half-written. It falls back to two renames
// on file systems that lack the call.
func exchange(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	if err == unix.ENOSYS || err == unix.EINVAL || err == unix.EOPNOTSUPP {
		return swapByRenames(a, b)
	}
	return err
}
