df = spark.readStream.format("json").schema("id LONG, i INT, l BIGINT, s STRING, n INT, v DOUBLE, k STRING, c BOOLEAN").load(INPUT)
result = df.selectExpr("id", "s + k AS bad")
OUTPUT_MODE = "append"
