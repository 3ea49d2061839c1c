from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "string(m) AS c1", "sentences('Hello there. How are you? ' || translate(s, 'aeiou', 'AEI'), 'en', 'US')", "acos(d) AS c3").where((expr("exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a')") | (col("m") != lit(.001).cast("decimal(4,3)"))))
OUTPUT_MODE = "append"
