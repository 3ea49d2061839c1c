from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, j INT, i INT, ts TIMESTAMP, dt DATE, k BIGINT, b BOOLEAN, d DOUBLE, m DECIMAL(7,0)").json(INPUT)
result = df.withColumn("c1", F.nvl2(col("j"), col("id"), lit(0).cast("bigint"))).withColumn("c2", expr("(date_trunc('QUARTER', date_trunc('WEEK', ts)) + INTERVAL 1 MONTH)")).withColumn("c3", expr("(arrays_overlap(array(CASE WHEN b THEN i WHEN (m = 0.001) THEN i ELSE i END), array(CAST(NULL AS INT), 3)) AND (xpath_string('<a><b>' || replace(replace(s, '<', ''), '&', '') || '</b></a>', 'a/b') >= trim(s)))")).drop("s", "j", "i", "ts", "k")
OUTPUT_MODE = "append"
