from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, t STRING, j INT, d DOUBLE, k BIGINT, i INT, s STRING, dt DATE, b BOOLEAN, m DECIMAL(18,6)").load(INPUT)
result = df.where("((i BETWEEN 2 AND -1) OR (dt IS NULL))").withColumn("c1", expr("greatest((TIMESTAMP'1999-12-31 23:59:59.999' + INTERVAL '1-2' YEAR TO MONTH), to_timestamp(date_format(date_trunc('MONTH', ts), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm'))")).withColumn("c2", (col("d") * col("d"))).withColumn("c3", expr("CASE isnull((s <> 'abc')) WHEN false THEN trunc(CASE WHEN isnan(d) THEN dt WHEN b THEN trunc(dt, 'Q') ELSE CAST(NULL AS DATE) END, 'MM') END")).withColumn("c4", expr("(size(split(t, '  *')) + d)")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c3, c1 FROM rexpr_q ORDER BY c3 ASC NULLS FIRST, id"]
