package build

import "os"

// swapByRenames swaps the folders at a and b through a third name.
func swapByRenames(a, b string) error {
	tmp := a + ".swap"
	if err := os.Rename(b, tmp); err != nil {
		return err
	}
	if err := os.Rename(a, b); err != nil {
		os.Rename(tmp, b) // put the old one back
		return err
	}
	return os.Rename(tmp, a)
}
