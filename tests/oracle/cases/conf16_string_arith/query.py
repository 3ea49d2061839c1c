df = spark.readStream.format("json").schema("id LONG, i INT, l BIGINT, s STRING, n INT, v DOUBLE, k STRING, c BOOLEAN").load(INPUT)
result = df.selectExpr("id", "s + i AS a", "s * 2 AS b", "s - v AS d", "s % 3 AS e", "s / 2 AS f", "s div 2 AS g", "- s AS h", "typeof(s + i) AS t1", "typeof(s * 1.5) AS t2", "i + '4'", "'10' - l")
OUTPUT_MODE = "append"
