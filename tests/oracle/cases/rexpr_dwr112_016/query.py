from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(id = 1000L)").selectExpr("id", "t", "try_mod(CAST((character_length(s) + json_array_length(to_json(array(i, i)))) AS BIGINT), 0L) AS c1", "array_except(array(s, substring_index(t, ',', 1), 'a', 'a'), array('a', NULL)) AS c2", "str_to_map('a:1,b:2,c:' || xpath_short('<a><b>7</b><b>' || i || '</b></a>', 'sum(a/b)')) AS c3").where(((col("b") | (col("d") != lit(0.1))) | col("i").isNull()))
OUTPUT_MODE = "append"
