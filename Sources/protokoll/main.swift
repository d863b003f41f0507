print("protokoll")
