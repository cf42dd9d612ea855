// Progressive additions only: every feature here has a plain-HTML fallback that works without scripts.
