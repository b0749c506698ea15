//go:build !linux

package build

// exchange swaps the folders at a and b with two renames; between them b briefly does not
// exist.
func exchange(a, b string) error { return swapByRenames(a, b) }
