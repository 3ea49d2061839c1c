df = spark.readStream.format("json").schema("id LONG, i INT, l BIGINT, s STRING, n INT, v DOUBLE, k STRING, c BOOLEAN").load(INPUT)
df.createOrReplaceTempView("ev")
result = spark.sql("SELECT k, first(n) FILTER (WHERE c), last(n, false) FILTER (WHERE c) FROM ev GROUP BY k")
OUTPUT_MODE = "complete"
