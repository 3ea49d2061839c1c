df = spark.readStream.format("json").schema("id LONG, i INT, l BIGINT, s STRING, n INT, v DOUBLE, k STRING, c BOOLEAN").load(INPUT)
df.createOrReplaceTempView("ev")
result = spark.sql("SELECT k, first(n) FILTER (WHERE c) AS f, last(n) FILTER (WHERE c) AS l, first(v, true) FILTER (WHERE c) AS fi, any_value(s) FILTER (WHERE NOT c) AS av, last_value(i) FILTER (WHERE id > 2) AS lv, count(*) AS cnt FROM ev GROUP BY k")
OUTPUT_MODE = "complete"
