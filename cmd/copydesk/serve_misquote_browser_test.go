package main

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestServeDeskMisquoteInBrowser: the desk page shows a misquote's word
// diff as struck and inserted words, and under it the passage's place in
// the server's record as file:line:column.
func TestServeDeskMisquoteInBrowser(t *testing.T) {
	exe := needChromium(t)
	s, record := misquoteServer(t, false)
	ts := httptest.NewServer(s.handler())
	defer ts.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 2*time.Minute) // a bound on a stuck browser, not a measurement
	defer cancel()

	type shown struct{ Del, Ins, Related []string }
	err := chromedp.Do(ctx,
		chromedp.Navigate(ts.URL),
		chromedp.SetValue("#text", serveMisquoteText),
		chromedp.Click("#check"),
		chromedp.WaitVisible("#findings li .related"),
	)
	var got shown
	if err == nil {
		got, err = chromedp.Run(ctx, chromedp.Evaluate[shown](`(() => {
			const texts = (sel) => [...document.querySelectorAll("#findings " + sel)].map((e) => e.textContent);
			return {Del: texts("del"), Ins: texts("ins"), Related: texts(".related li")};
		})()`))
	}
	if err != nil {
		t.Fatalf("checking in the page: %v", err)
	}
	if strings.Join(got.Del, "|") != "great" || strings.Join(got.Ins, "|") != "big" {
		t.Errorf("word diff shown as del %q, ins %q; want great struck, big inserted", got.Del, got.Ins)
	}
	if len(got.Related) != 1 || !strings.HasPrefix(got.Related[0], record+":2:16 the record (TRUMP)") {
		t.Errorf("related places shown %q, want %s:2:16 and the record's words", got.Related, record)
	}
}
