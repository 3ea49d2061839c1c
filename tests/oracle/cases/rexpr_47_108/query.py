from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", col("t").cast("boolean").alias("c1"), expr("TRY_CAST(id AS INT)").alias("c2"), expr("CASE WHEN b THEN dt WHEN b THEN dt ELSE dt END"), lit(-2).cast("bigint").cast("double"), expr("least(dt, trunc(nvl2(dt, dt, to_date('2000-01-01')), 'WEEK'))").alias("c5"), expr("(greatest(i, i) <= f) AS c6")).where("coalesce(b, true)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c6, c5, c2 FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id"]
