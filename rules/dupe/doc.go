package dupe
