package clean_test

import (
	"fmt"

	"github.com/briefs/briefs/internal/clean"
	"github.com/briefs/briefs/internal/content"
)

func ExampleArticle() {
	body := ` date 2025-07-10 Rubio And Lavrov Hold Tense Talks In Kuala Lumpur
Home
World
Business
The meeting came as Russia launched its second night of massive attacks on Kyiv, killing two civilians, including a 22-year-old policewoman. Rubio conveyed President Trump's "disappointment and frustration" with Moscow's lack of flexibility to end the war.
Key developments from the Kuala Lumpur meeting
- Russia proposed undisclosed new ideas for ending the conflict Rubio stressed U.S. demands for a clear roadmap to peace Both sides agreed to restore economic/humanitarian cooperation
While diplomats talked, Russia fired 415 drones and missiles at Ukraine overnight, following a record 741 the previous night. The UN confirmed that June saw the highest civilian casualties since April 2022.
At a recovery conference in Rome, President Zelensky secured €10 billion in aid pledges and announced U.S. weapons shipments are en route with“specific dates”.Also Read | Amazon quick commerce biz to see 'hockey stick growth'
Share this:
Click to share on Facebook (Opens in new window)
CommentsNo comment`
	d, err := clean.Article(content.Article{Path: "rubio.txt", Format: content.Text, Body: body, BodyLine: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Title)
	fmt.Println(d.Date.Format("2006-01-02"))
	fmt.Println()
	fmt.Print(d.Text())
	// Output:
	// Rubio And Lavrov Hold Tense Talks In Kuala Lumpur
	// 2025-07-10
	//
	// The meeting came as Russia launched its second night of massive attacks on Kyiv, killing two civilians, including a 22-year-old policewoman. Rubio conveyed President Trump's "disappointment and frustration" with Moscow's lack of flexibility to end the war.
	//
	// Key developments from the Kuala Lumpur meeting
	//
	// - Russia proposed undisclosed new ideas for ending the conflict
	// - Rubio stressed U.S. demands for a clear roadmap to peace
	// - Both sides agreed to restore economic/humanitarian cooperation
	//
	// While diplomats talked, Russia fired 415 drones and missiles at Ukraine overnight, following a record 741 the previous night. The UN confirmed that June saw the highest civilian casualties since April 2022.
	//
	// At a recovery conference in Rome, President Zelensky secured €10 billion in aid pledges and announced U.S. weapons shipments are en route with “specific dates”.
}
