"""Keyboard input that reaches Deck while another application has focus."""
