from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.upper(lit(" "))).withColumn("c2", expr("(bround(n, 2) / nullif(pmod(i, nullif(CASE WHEN b THEN i END, 0)), 0))")).withColumn("c3", col("s").cast("int")).withColumn("c4", expr("dt")).withColumn("c5", expr("(m - least(TRY_CAST(id AS DECIMAL(10,4)), 0.001))"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, ts FROM rexpr_q ORDER BY id DESC"]
