from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(col("i").isNotNull()).withColumn("c1", F.nullif(col("n").try_cast("bigint"), lit(-2).cast("bigint"))).withColumn("c2", expr("(CASE 'x-y' WHEN ' ' THEN dt ELSE DATE'2000-01-01' END - INTERVAL 1 DAY)")).withColumn("c3", expr("make_timestamp(year(greatest(dt, dt, CASE WHEN (n IS NOT NULL) THEN dt WHEN (j > 2) THEN dt ELSE dt END)), month(greatest(dt, dt, CASE WHEN (n IS NOT NULL) THEN dt WHEN (j > 2) THEN dt ELSE dt END)), dayofmonth(greatest(dt, dt, CASE WHEN (n IS NOT NULL) THEN dt WHEN (j > 2) THEN dt ELSE dt END)), 0, 0, 0)")).select("id", "c1", "c2", "c3").where("(c1 IS NOT NULL)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1 FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id DESC"]
