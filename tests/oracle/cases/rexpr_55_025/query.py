from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.where("(j IS NOT NULL)").createOrReplaceTempView("src")
result = spark.sql("SELECT b, datediff(max(CASE WHEN TRY_CAST(s AS BOOLEAN) THEN DATE'2023-12-31' ELSE DATE'2000-01-01' END), min(CASE WHEN TRY_CAST(s AS BOOLEAN) THEN DATE'2023-12-31' ELSE DATE'2000-01-01' END)) AS a1, sort_array(collect_set(t)) AS a2, count_if(coalesce(((b IS NOT TRUE) AND b), false)) AS a3, min(ts) AS a4 FROM src GROUP BY b")
OUTPUT_MODE = "complete"
