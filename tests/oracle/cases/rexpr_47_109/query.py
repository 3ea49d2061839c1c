from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("TRY_CAST(s AS INT)")).withColumn("d", expr("months_between(CASE WHEN b THEN dt WHEN b THEN dt ELSE dt END, ts, false)")).drop("s", "b", "ts")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, m FROM rexpr_q ORDER BY id"]
