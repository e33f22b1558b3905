// What Swift cannot import from <ncursesw/curses.h>: macros and globals, as static inline functions.
#ifndef WATCHFLOOR_CNCURSESW_SHIM_H
#define WATCHFLOOR_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>
#include <langinfo.h>

static inline attr_t wf_a_normal(void) { return A_NORMAL; }
static inline attr_t wf_a_bold(void) { return A_BOLD; }
static inline attr_t wf_a_dim(void) { return A_DIM; }
static inline attr_t wf_a_reverse(void) { return A_REVERSE; }
static inline attr_t wf_a_underline(void) { return A_UNDERLINE; }
static inline attr_t wf_a_italic(void) { return A_ITALIC; }
static inline int wf_key_f(int n) { return KEY_F(n); }
static inline int wf_lines(void) { return LINES; }
static inline int wf_cols(void) { return COLS; }
static inline int wf_colors(void) { return COLORS; }
static inline int wf_color_pairs(void) { return COLOR_PAIRS; }
static inline mmask_t wf_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t wf_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t wf_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t wf_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t wf_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t wf_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline const char *wf_codeset(void) { return nl_langinfo(CODESET); }

/* wcwidth is only declared under _XOPEN_SOURCE, which SwiftPM drops. ncurses lays out
   wide characters with it, so the backend checks it agrees with TUI's own width table. */
extern int wcwidth(wchar_t c);
static inline int wf_wcwidth(wchar_t c) { return wcwidth(c); }

/* setupterm lives in <term.h>, whose macros (lines, columns, ...) are best kept out of Swift.
   Used to check TERM before initscr, which exits on an unknown terminal. */
extern int setupterm(const char *term, int filedes, int *errret);
static inline int wf_setupterm(int filedes, int *errret) { return setupterm(0, filedes, errret); }

#endif
