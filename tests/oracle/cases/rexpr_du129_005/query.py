from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.where((col("m").between(expr("-3.10"), lit(1.25).cast("decimal(3,2)")) | (col("j") != lit(-1)))).createOrReplaceTempView("src")
result = spark.sql("SELECT date_add(CASE WHEN b THEN dt WHEN b THEN dt WHEN (i IS NOT NULL) THEN dt ELSE dt END, character_length(t)) AS k1, histogram_numeric(CAST(i % 4 AS DOUBLE), 8) AS a1, round(product((i % nullif(0, 0)) % 4), 3) AS a2, sort_array(collect_union(split(s, ' '))) AS a3 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
