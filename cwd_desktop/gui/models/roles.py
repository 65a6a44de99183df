"""The item data roles of every model and item view in the app, defined once.

Plain numbers: Qt.ItemDataRole.UserRole is 256, and naming it would build PySide's whole Qt
namespace (20-25 ms) before the main window is painted (see
build_spec/compile_assets.keep_qt_namespace_unbuilt).
"""

USER_ROLE = 0x0100
ID_ROLE = USER_ROLE + 1  # the row's id (uuid text)
KIND_ROLE = USER_ROLE + 2  # navigator: "partnership" or "meeting"
OPTIONS_ROLE = USER_ROLE + 3  # [(value, label)] for a column chosen from a list
FREE_TEXT_ROLE = USER_ROLE + 4  # True when a value outside the list may be typed
VOTES_ROLE = USER_ROLE + 5
THEME_ROLE = USER_ROLE + 6
TEXT_ROLE = USER_ROLE + 7  # a card's text alone (the display adds the votes)
PERSON_ROLE = USER_ROLE + 8
