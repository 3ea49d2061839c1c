df = spark.readStream.format("json").schema("id LONG, i INT, l BIGINT, s STRING, n INT, v DOUBLE, k STRING, c BOOLEAN").load(INPUT)
result = df.selectExpr("id", "k + i AS bad")
OUTPUT_MODE = "append"
