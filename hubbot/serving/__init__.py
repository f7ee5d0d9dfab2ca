"""Servers that run hubbot's own backends for remote bots (`hubbot serve ...`)."""
