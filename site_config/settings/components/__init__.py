"""Pieces of the settings that are code rather than declarations, kept out of base.py so it reads
as a list of settings: the environment reader, and builders that turn an environment into one
setting. The builders are plain functions of their inputs, so tests call them with any environment.
"""
