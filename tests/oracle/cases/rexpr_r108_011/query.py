from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, j INT, d DOUBLE, t STRING, i INT, s STRING, b BOOLEAN, ts TIMESTAMP, dt DATE, m DECIMAL(7,0)").load(INPUT)
result = df.where("(arrays_overlap(array(i), array(CAST(NULL AS INT), 3)) OR (s <= '日本'))").select("id", "m", col("d").try_cast("decimal(10,4)").alias("c1"), F.length(expr("CAST(make_dt_interval(CASE WHEN b THEN 1 END, 2, 3, 4.5) AS STRING)")).alias("c2"), expr("array_insert(array(i, i), 1, 9)").alias("c3"), expr("unix_timestamp(CASE WHEN (t >= 'é') THEN dt WHEN b THEN DATE'2024-02-29' END) AS c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY m DESC NULLS LAST, id"]
