#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

/* The wide-character API is declared only when NCURSES_WIDECHAR is set; SwiftPM
 * drops pkg-config's -D flags, so the shim defines it before the include (see
 * ../shared/notes/swift-ncurses-recipes.md, section 1.2). */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

/* glibc declares these only under __USE_XOPEN, which the Glibc module lacks. */
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

/* Attribute and mouse-mask macros are expressions Swift cannot import. */
static const attr_t CN_A_NORMAL    = A_NORMAL;
static const attr_t CN_A_BOLD      = A_BOLD;
static const attr_t CN_A_DIM       = A_DIM;
static const attr_t CN_A_UNDERLINE = A_UNDERLINE;
static const attr_t CN_A_REVERSE   = A_REVERSE;
static const attr_t CN_A_ITALIC    = A_ITALIC;
static const mmask_t CN_BUTTON1_PRESSED  = BUTTON1_PRESSED;
static const mmask_t CN_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t CN_BUTTON1_CLICKED  = BUTTON1_CLICKED;
static const mmask_t CN_BUTTON4_PRESSED  = BUTTON4_PRESSED;
static const mmask_t CN_BUTTON5_PRESSED  = BUTTON5_PRESSED;
static const mmask_t CN_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS;
static const mmask_t CN_REPORT_MOUSE_POSITION = REPORT_MOUSE_POSITION;

/* Global C variables are errors in Swift 6 mode; read them through functions. */
static inline WINDOW *cn_stdscr(void)      { return stdscr; }
static inline int     cn_colors(void)      { return COLORS; }
static inline int     cn_color_pairs(void) { return COLOR_PAIRS; }

#endif
