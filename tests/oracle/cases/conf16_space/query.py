df = spark.readStream.format("json").schema("id LONG, i INT, l BIGINT, s STRING, n INT, v DOUBLE, k STRING, c BOOLEAN").load(INPUT)
result = df.selectExpr("id", "space(n) AS sp", "concat('[', space(n), ']') AS br", "length(space(i)) AS len", "space(s)").where("space(n) != 'x'")
OUTPUT_MODE = "append"
