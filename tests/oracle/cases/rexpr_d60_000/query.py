from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter("coalesce(startswith(s, ' '), true)").createOrReplaceTempView("src")
result = spark.sql("SELECT s, max((NOT i)) AS a3, sum(CASE WHEN b THEN m WHEN (dt >= DATE'2024-02-29') THEN 0.001 WHEN b THEN m ELSE m END) AS a1, sort_array(collect_set('日本')) AS a2 FROM src GROUP BY s HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
