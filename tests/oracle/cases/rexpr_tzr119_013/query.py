spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("try_mod(CAST(i AS BIGINT), 0L)").alias("c1"), expr("date_trunc('WEEK', (ts + INTERVAL '90' MINUTE)) AS c2"), expr("try_mod(CASE WHEN (j <> 0) THEN m ELSE m END, m)").alias("c3"), expr("posexplode(sequence(1, abs(size(split(s, ','))) % 3))"), expr("CAST((m > 0.5) AS DECIMAL(38,18))").alias("c5")).where("(arrays_overlap(array(i, i), array(1, 2, i)) OR (i IS NOT NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c1 FROM rexpr_q ORDER BY id"]
