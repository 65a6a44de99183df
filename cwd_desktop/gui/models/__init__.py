"""Qt item models over the store, testable without views."""
