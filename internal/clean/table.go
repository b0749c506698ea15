package clean

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// A dataTable is a table of a page whose cells hold short values, not a layout.
type dataTable struct {
	units      []int // the units of its cells, in order
	rows       int
	maxWords   int
	kept, text int // characters of its cells that the models kept, and in all
	links      int // characters of its cells inside links
}

// keepTables keeps or drops each data table of a page as a whole: the models judge its
// cells one by one, and a cell such as "63" or "85%" says nothing of the story it belongs
// to. A table is kept when the models kept most of its text, or when it stands next to
// the story (the nearest unit before or after it is kept) and is not mostly links. A table
// whose cells hold more than 30 words is a layout, left to the models cell by cell.
func keepTables(us []unit, keep []bool, elems []element) {
	tables := map[int]*dataTable{}
	var order []int
	for i, u := range us {
		t := cellTable(u, elems)
		if t < 0 {
			continue
		}
		dt := tables[t]
		if dt == nil {
			dt = &dataTable{}
			tables[t] = dt
			order = append(order, t)
		}
		dt.units = append(dt.units, i)
		dt.maxWords = max(dt.maxWords, u.st.words)
		dt.text += u.dom.chars
		dt.links += u.dom.linkChars
		if keep[i] {
			dt.kept += u.dom.chars
		}
		if len(dt.units) == 1 || us[dt.units[len(dt.units)-2]].dom.parent != u.dom.parent {
			dt.rows++
		}
	}
	for _, t := range order {
		dt := tables[t]
		if dt.maxWords > 30 || dt.rows < 2 || len(dt.units) < 4 {
			continue
		}
		first, last := dt.units[0], dt.units[len(dt.units)-1]
		next := keptNear(keep, first, -1) || keptNear(keep, last, +1)
		k := dt.kept*2 >= dt.text || next && dt.links*2 < dt.text
		for _, i := range dt.units {
			keep[i] = k && !isPromo(us[i])
		}
	}
}

// keptNear reports whether the unit next to i in direction step is kept.
func keptNear(keep []bool, i, step int) bool {
	j := i + step
	return j >= 0 && j < len(keep) && keep[j]
}

// cellTable returns the table element that holds unit u as a cell (its element is a td
// or th, or a tr), or -1.
func cellTable(u unit, elems []element) int {
	e := u.dom.elem
	if e < 0 {
		return -1
	}
	switch elems[e].tag {
	case atom.Td, atom.Th, atom.Tr:
	default:
		return -1
	}
	for ; e >= 0; e = elems[e].parent {
		if elems[e].tag == atom.Table {
			return e
		}
	}
	return -1
}

// rowBlocks joins the kept cells of each table row into one block, "Larry Ogunjobi | 63 |
// 85%", so that a row reads as a row; other units become blocks as they are.
func rowBlocks(us []unit, keep []bool, elems []element) []Block {
	var blocks []Block
	lastRow := -1
	for i, u := range us {
		if !keep[i] {
			continue
		}
		text := u.text
		if u.kind != Code {
			text = repair(text)
		}
		if text == "" {
			continue
		}
		row := -1
		if cellTable(u, elems) >= 0 && (elems[u.dom.elem].tag == atom.Td || elems[u.dom.elem].tag == atom.Th) {
			row = u.dom.parent
		}
		if row >= 0 && row == lastRow && len(blocks) > 0 {
			blocks[len(blocks)-1].Text += " | " + strings.TrimSpace(text)
			continue
		}
		lastRow = row
		blocks = append(blocks, Block{Kind: u.kind, Text: text})
	}
	return blocks
}
