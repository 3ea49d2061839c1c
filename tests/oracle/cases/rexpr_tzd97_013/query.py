spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.format_string("%.2f / %s", col("f"), F.format_string("%e", col("d"))).alias("c1"), expr("CASE WHEN (TRY_CAST(m AS INT) BETWEEN 1 AND 10) THEN hash(i) WHEN (t IS NOT NULL) THEN CAST(NULL AS INT) WHEN b THEN i ELSE instr(s, 'é') END").alias("c2"), expr("(m / nullif(n, 0))"), expr("CASE WHEN b THEN ts WHEN (id = 1000L) THEN TIMESTAMP'1999-12-31 23:59:59.999' ELSE ts END").alias("c4")).where((~F.coalesce(col("b"), lit(False))))
OUTPUT_MODE = "append"
