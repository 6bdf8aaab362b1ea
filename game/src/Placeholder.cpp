namespace respect::game {}
