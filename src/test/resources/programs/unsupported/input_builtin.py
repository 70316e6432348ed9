# Reading from standard input is outside gilsim's Python (cells take no input).
count = 0
name = input("name? ")
count += 1
